"""The one error ingestion raises: a message safe to show and the HTTP status it maps to."""


class IngestError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
