import sys
class Tool:
    def do_run(self): print("run")
    def dispatch(self, cmd):
        return getattr(self, "do_" + cmd)()
print(getattr(sys, "platform"))
Tool().dispatch("run")
