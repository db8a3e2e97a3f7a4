# label: benign family=lib hard=1
from setuptools import find_packages, setup

with open("README.md", encoding="utf-8") as f:
    long_description = f.read()

setup(
    name="acme-utils",
    version="0.3.1",
    description="Small helpers used across ACME services",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(exclude=["tests"]),
    python_requires=">=3.9",
    install_requires=["requests>=2.28"],
    entry_points={"console_scripts": ["acme=acme_utils.cli:main"]},
)
