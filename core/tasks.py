"""django-tasks' immediate backend, run when the caller's transaction commits.

modelsearch queues every index update as a django-tasks task; the installed django-tasks (0.12) runs an immediate
task at once, inside the caller's transaction, and has no `enqueue_on_commit` option. A file the importer rolls back
would then still have put its pages into the search engine. This backend defers each task with Django's
`transaction.on_commit`: it runs once the transaction commits (at once outside one), never when it rolls back.
"""

from django.db import transaction
from django_tasks.backends.immediate import ImmediateBackend


class OnCommitImmediateBackend(ImmediateBackend):
    def _execute_task(self, task_result):
        transaction.on_commit(lambda: ImmediateBackend._execute_task(self, task_result))
