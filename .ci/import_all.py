"""Import every module of the installed medialit (run from outside the checkout).

Fails if the wheel lacks a subpackage, a module or a data file that the checkout has.
Usage: python import_all.py CHECKOUT
"""
import importlib
import pkgutil
import sys
from pathlib import Path

checkout = Path(sys.argv[1])
import medialit  # noqa: E402

installed = Path(medialit.__file__).parent
if installed.resolve().is_relative_to(checkout.resolve()):
    sys.exit(f"medialit was imported from the checkout ({installed}), not from the wheel")

names = [m.name for m in pkgutil.walk_packages(medialit.__path__, "medialit.")]
for name in names:
    importlib.import_module(name)
expected = {p.relative_to(checkout).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
            for p in (checkout / "medialit").rglob("*.py")}
missing = sorted(expected - set(names) - {"medialit"})
data_missing = sorted(p.relative_to(checkout / "medialit").as_posix()
                      for p in (checkout / "medialit" / "data").iterdir()
                      if p.is_file() and not (installed / "data" / p.name).is_file())
if missing or data_missing:
    sys.exit(f"missing from the wheel: modules {missing}, data {data_missing}")
for settings in ("share/jupyter/lab/settings/overrides.json", "etc/ipython/ipython_kernel_config.json"):
    if not (Path(sys.prefix) / settings).is_file():
        sys.exit(f"the wheel did not install {settings} into the environment")
print(f"imported {len(names)} modules from {installed}; every data file present")
