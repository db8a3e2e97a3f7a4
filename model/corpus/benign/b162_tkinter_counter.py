# label: benign family=gui hard=0
import tkinter as tk

root = tk.Tk()
root.title("Counter")
count = tk.IntVar(value=0)
tk.Label(root, textvariable=count, font=("Helvetica", 32)).pack(padx=20, pady=10)
tk.Button(root, text="+1", command=lambda: count.set(count.get() + 1)).pack(side="left", padx=10, pady=10)
tk.Button(root, text="reset", command=lambda: count.set(0)).pack(side="right", padx=10, pady=10)
root.mainloop()
