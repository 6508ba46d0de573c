"""The 422 body: pydantic's list of issues, or one message from a service's own check."""

from typing import Any

from pydantic import BaseModel


class ValidationIssue(BaseModel):
    loc: list[str | int]
    msg: str
    type: str
    input: Any = None
    ctx: dict[str, Any] | None = None


class UnprocessableError(BaseModel):
    # A list from request validation; a string where a router rejects a valid-looking value.
    detail: list[ValidationIssue] | str
