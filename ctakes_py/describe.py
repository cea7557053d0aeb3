"""Human-readable summary of a pipeline: flow, parameters, resources, types read/written."""
from __future__ import annotations

from .descriptor import Description
from .descriptor.validate import Step


def _short(type_name: str) -> str:
    return type_name.rsplit(".", 1)[-1]


def describe_steps(description: Description, steps: list[Step]) -> str:
    lines = [f"Pipeline {description.name!r} ({description.source})"]
    if description.description:
        lines.append(f"  {description.description}")
    lines.append(f"Flow ({len(steps)} annotators):")
    for i, step in enumerate(steps, 1):
        cls = step.annotator_class
        lines.append(f"{i:>3}. {step.key}  [{cls.__module__}.{cls.__name__}]")
        lines.append(f"       reads:  {', '.join(map(_short, step.inputs)) or '-'}")
        lines.append(f"       writes: {', '.join(map(_short, step.outputs)) or '-'}")
        for name, value in step.parameters.items():
            lines.append(f"       param  {name} = {value!r}")
        for key, path in step.resources.items():
            lines.append(f"       resource {key} -> {path}")
    return "\n".join(lines)
