# label: benign family=cli hard=0
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


if __name__ == "__main__":
    cli()
