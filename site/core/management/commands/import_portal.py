"""``manage.py import_portal FILE...``: load an old portal's JSON Lines export into the site."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.importing import Problem, WriteFailed, run_import


class Command(BaseCommand):
    """Import news (and, as their importers arrive, documents, campaigns and exemplars).

    Every line is checked before anything is written. By default one bad line stops the whole
    import; ``--skip-invalid`` imports the good lines. Either way each rejected line is reported
    as ``FILE:LINE: field: reason`` and the command exits with a non-zero status.
    """

    help = (
        "Nhập dữ liệu xuất từ cổng thông tin cũ (JSON Lines): tin bài, văn bản, phong trào, "
        "điển hình. Nhập lại cùng mã (id) sẽ cập nhật trang, không tạo bản trùng."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE", help="Tệp .jsonl cần nhập.")
        mode = parser.add_mutually_exclusive_group()
        mode.add_argument(
            "--strict",
            dest="skip_invalid",
            action="store_false",
            help="Mặc định: có dòng lỗi thì không ghi gì.",
        )
        mode.add_argument(
            "--skip-invalid",
            dest="skip_invalid",
            action="store_true",
            help="Nhập các dòng hợp lệ, báo cáo các dòng lỗi.",
        )
        parser.set_defaults(skip_invalid=False)
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Chỉ kiểm tra và cho biết sẽ tạo mới / cập nhật bao nhiêu, không ghi gì.",
        )
        parser.add_argument(
            "--progress-every",
            type=int,
            default=100,
            metavar="N",
            help="Khi không chạy trên terminal: in tiến độ sau mỗi N bản ghi (mặc định 100).",
        )

    def handle(self, *args, files: list[str], skip_invalid: bool, dry_run: bool, **options) -> None:
        for name in files:
            path = Path(name)
            if not path.exists():
                raise CommandError(f"Không tìm thấy tệp: {name}")
            if not path.is_file():
                raise CommandError(f"Không phải tệp: {name}")

        def problem(item: Problem) -> None:
            self.stderr.write(str(item))

        def warning(message: str) -> None:
            self.stderr.write(self.style.WARNING(message))

        try:
            report = run_import(
                files,
                skip_invalid=skip_invalid,
                dry_run=dry_run,
                out=self.stdout,
                on_problem=problem,
                on_warning=warning,
                progress_every=max(1, options.get("progress_every") or 100),
            )
        except OSError as exc:
            raise CommandError(f"Không đọc được tệp: {exc.filename or ''} ({exc.strerror or exc})") from exc
        except WriteFailed as exc:
            raise CommandError(f"{exc}\nĐã hoàn tác: không có gì được ghi vào cơ sở dữ liệu.") from exc

        if dry_run:
            self.stdout.write("Chạy thử: không ghi gì vào cơ sở dữ liệu.")
        for line in report.summary_lines(dry_run=dry_run):
            self.stdout.write(line)

        rejected = report.rejected
        if not rejected:
            return
        if dry_run or skip_invalid:
            raise CommandError(f"{rejected} dòng bị loại (xem các lỗi ở trên).")
        raise CommandError(
            f"{rejected} dòng lỗi: không ghi gì vào cơ sở dữ liệu. "
            "Sửa các dòng trên, hoặc chạy lại với --skip-invalid để nhập các dòng hợp lệ."
        )
