"""The one error type of training: a refused request, with the HTTP status it maps to."""


class TrainError(Exception):
    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.status = status
