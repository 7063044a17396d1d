"""The shape of the code: layers, no import circles, a light ``import kg`` (docs/architecture.md).

The layer contracts live in pyproject.toml ([tool.importlinter]) and run here, so an import that
runs up the layers fails CI with the chain that breaks it.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import grimp
import pytest
from importlinter import cli as importlinter_cli

from kg.store.store import ROOT

#: Folders of kg/, each one concern (docs/architecture.md).
PACKAGES = {"cli", "draw", "explore", "export", "ingest", "safety", "store", "testing", "workspace"}
#: Ground-floor modules: everything may import them, they import nothing above them.
GROUND = {"errors", "model", "namespaces", "kinds", "text", "latex", "cite", "_version"}
#: Modules that load a heavy library; only these may be imported inside a function, so that a
#: view that needs no analysis or inference never loads networkx or owlrl.
LAZY = {"kg.explore.analysis", "kg.explore.inference"}
HEAVY = ("matplotlib", "networkx", "igraph", "owlrl", "pyshacl", "kg.export", "kg.draw", "kg.explore.analysis",
         "kg.explore.inference")


@lru_cache(maxsize=1)
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("kg", "ui", "bench", cache_dir=None)


def unit(module: str) -> str:
    """A folder of kg/ counts as one floor; a ground-floor module as one of its own."""
    parts = module.split(".")
    if parts[0] == "kg" and len(parts) >= 2 and parts[1] in PACKAGES:
        return ".".join(parts[:3]) if parts[1:3] == ["store", "backends"] else ".".join(parts[:2])
    return module


def floors(edges: dict[str, set[str]]) -> dict[str, int]:
    depth: dict[str, int] = {}

    def visit(node: str, stack: tuple[str, ...]) -> int:
        if node in stack:
            raise AssertionError(f"import circle: {' -> '.join(stack[stack.index(node):] + (node,))}")
        if node not in depth:
            depth[node] = 1 + max((visit(n, stack + (node,)) for n in edges.get(node, ())), default=0)
        return depth[node]

    for node in list(edges):
        visit(node, ())
    return depth


def test_import_linter_contracts_are_kept():
    assert importlinter_cli.lint_imports(no_cache=True, no_logo=True) == 0


def test_no_import_circle_anywhere():
    """Between modules (function-level imports included) of kg, ui and bench."""
    g = graph()
    edges = {m: set(g.find_modules_directly_imported_by(m)) for m in g.modules}
    floors(edges)  # raises on a circle, naming it


def test_kg_is_at_most_eight_floors_deep():
    g = graph()
    edges: dict[str, set[str]] = {}
    for module in g.modules:
        if module.startswith("kg"):
            for imported in g.find_modules_directly_imported_by(module):
                if imported.startswith("kg") and unit(imported) != unit(module):
                    edges.setdefault(unit(module), set()).add(unit(imported))
    depth = floors(edges)
    assert max(depth.values()) <= 8, depth
    assert depth["kg.cli"] > depth["kg.export"] > depth["kg.explore"] > depth["kg.store"] > depth["kg.errors"]


def test_kg_top_level_holds_folders_and_a_few_ground_modules():
    top = ROOT / "kg"
    folders = {p.name for p in top.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in top.glob("*.py")} - {"__init__", "__main__"}
    assert folders == PACKAGES
    assert modules == GROUND
    assert len(modules) <= 10


def _function_level_imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for func in ast.walk(tree):
        if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for node in ast.walk(func):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.append((node.lineno, node.module))
                elif isinstance(node, ast.Import):
                    found += [(node.lineno, alias.name) for alias in node.names]
    return found


def test_no_first_party_import_hides_in_a_function():
    """Only the modules that load a heavy library may be imported late (kg, ui, app.py)."""
    hidden = []
    for path in sorted([*(ROOT / "kg").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "app.py"]):
        for line, module in _function_level_imports(path):
            if module.split(".")[0] in ("kg", "ui") and module not in LAZY:
                hidden.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert hidden == []


def _modules_after(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code + "; import sys, json; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout)


def test_import_kg_loads_no_heavy_library_and_still_hardens_rdflib():
    loaded = _modules_after("import kg; import rdflib.plugins.sparql as s; "
                            "assert s.SPARQL_LOAD_GRAPHS is False and 'kg-refuse-service' in s.CUSTOM_EVALS")
    assert [m for m in loaded if m.startswith(HEAVY)] == []


def test_public_api_names_load_on_first_use():
    loaded = _modules_after("import kg; kg.open_store; kg.subgraph_for; kg.ViewState; kg.run_query; kg.Filters")
    assert "kg.explore.views" in loaded and "kg.safety.query" in loaded
    assert [m for m in loaded if m.startswith(HEAVY)] == []


def test_an_overview_loads_no_figure_layout_or_reasoner():
    """The one pipeline builds a view without matplotlib, igraph, networkx or owlrl."""
    loaded = _modules_after("import kg; kg.subgraph_for(kg.open_store(), kg.ViewState())")
    assert [m for m in loaded if m.startswith(HEAVY)] == []


def test_public_api_is_complete():
    import kg
    for name in ("search", "resolve", "describe", "neighbourhood", "overview", "shortest_paths", "Filters",
                 "ViewState", "subgraph_for", "run_query", "open_store", "Store", "Subgraph", "Node", "Edge",
                 "Evidence", "Entity", "KGError", "NotFound", "QueryError", "UploadRefused", "ExportError"):
        assert name in kg.__all__ and getattr(kg, name) is not None
    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        kg.nonsense  # noqa: B018


def test_one_csv_writer_and_one_markdown_escaper():
    """CSV is written and Markdown escaped in kg/text.py only, so every caller gets the same guards."""
    found = []
    for path in sorted([*(ROOT / "kg").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "app.py"]):
        if path == ROOT / "kg" / "text.py":
            continue
        text = path.read_text(encoding="utf-8")
        patterns = (r"\bcsv\.(writer|DictWriter)\(", r"^def (md|md_\w+|\w+_md|\w*escape_markdown\w*)\(",
                    r"^_(MD|PUNCT)\w* = ")
        for pattern in patterns:
            found += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in re.finditer(pattern, text, re.M)]
    assert found == []
