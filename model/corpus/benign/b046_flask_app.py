# label: benign family=web hard=0
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


if __name__ == "__main__":
    app.run(debug=True)
