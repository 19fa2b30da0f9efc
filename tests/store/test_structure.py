"""The store is easy to see: one job per module, imports in one direction, no borrowing
of another module's private helpers, and the demo school outside it."""

import ast
from pathlib import Path

STORE = Path(__file__).resolve().parents[2] / "desktop" / "store"


def imports(path: Path) -> list[tuple[str, list[str], bool]]:
    """(module, names, at top level) of every `from desktop… import …` in a file."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = set(map(id, tree.body))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(
                "desktop"):
            found.append((node.module, [a.name for a in node.names], id(node) in top))
    return found


def store_edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in STORE.glob("*.py"):
        name = "desktop.store" if path.stem == "__init__" else f"desktop.store.{path.stem}"
        targets = set()
        for module, names, _top in imports(path):
            if module == "desktop.store":
                targets |= {f"desktop.store.{n}" for n in names
                            if (STORE / f"{n}.py").exists()} or {"desktop.store"}
            elif module.startswith("desktop.store"):
                targets.add(module)
        edges[name] = targets
    return edges


def test_no_store_module_imports_another_ones_private_helpers():
    borrowed = [f"{path.name}: {module}.{name}" for path in STORE.glob("*.py")
                for module, names, _top in imports(path) for name in names
                if module.startswith("desktop.") and name.startswith("_")]
    assert borrowed == []


def test_store_modules_import_each_other_in_one_direction():
    edges = store_edges()
    seen: dict[str, str] = {}

    def visit(node: str, trail: list[str]) -> None:
        if seen.get(node) == "done":
            return
        assert seen.get(node) != "open", " → ".join(trail + [node])
        seen[node] = "open"
        for target in edges.get(node, ()):
            visit(target, trail + [node])
        seen[node] = "done"
    for node in sorted(edges):
        visit(node, [])


def test_store_imports_are_at_the_top_not_hidden_in_functions():
    hidden = [f"{path.name}: {module}" for path in STORE.glob("*.py")
              for module, _names, top in imports(path) if not top
              and module.startswith("desktop.")]
    assert hidden == ["privacy.py: desktop.store"]  # for type hints only (TYPE_CHECKING)


def test_the_demo_school_is_not_part_of_the_store():
    assert not list(STORE.glob("demo*.py"))
    assert all(not module.startswith("desktop.demo") for path in STORE.glob("*.py")
               for module, _n, _t in imports(path))
