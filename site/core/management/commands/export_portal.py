"""``manage.py export_portal``: the whole site as a portal export (JSON Lines), for a backup, a
move to another installation or a partner, importable again with ``import_portal``."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.exporting import FileSink, exporters, run_export
from core.importing.report import format_number


class Command(BaseCommand):
    """Write every live, public news item, document, campaign and profile in the import format.

    Document files and photos are copied into a folder next to the output file
    (``export.jsonl`` → ``export-tep/``) and named by paths relative to it. With ``--output -``
    the lines go to standard output and the files into ``--files-dir`` in the current folder.
    Progress and the summary go to standard error, so the lines can be piped.
    """

    help = (
        "Xuất toàn bộ nội dung công khai (tin bài, văn bản, phong trào, điển hình) theo định dạng "
        "JSON Lines mà import_portal đọc được; tệp văn bản và ảnh được chép vào thư mục bên cạnh."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--output", "-o", default="xuat-cong-thong-tin.jsonl", metavar="FILE",
            help="Tệp .jsonl cần ghi, hoặc - để ghi ra đầu ra chuẩn (mặc định: xuat-cong-thong-tin.jsonl).",
        )
        parser.add_argument(
            "--type", dest="types", default="", metavar="LOẠI,...",
            help="Chỉ xuất các loại này, cách nhau bằng dấu phẩy: news, document, campaign, exemplar.",
        )
        parser.add_argument(
            "--files-dir", default="", metavar="THƯ_MỤC",
            help="Tên thư mục chứa tệp đính kèm, bên cạnh tệp xuất (mặc định: <tên tệp>-tep).",
        )
        parser.add_argument("--progress-every", type=int, default=100, metavar="N", help="In tiến độ sau mỗi N bản ghi.")

    def handle(self, *args, output: str, types: str, files_dir: str, **options) -> None:
        known = list(exporters())
        wanted = [name.strip() for name in types.split(",") if name.strip()] or None
        unknown = [name for name in wanted or [] if name not in known]
        if unknown:
            raise CommandError(f"Loại không hợp lệ: {', '.join(unknown)} (cần một trong: {', '.join(known)})")

        to_stdout = output == "-"
        target = None if to_stdout else Path(output)
        root = Path.cwd() if target is None else target.resolve().parent
        folder = files_dir or ("tep-xuat" if target is None else f"{target.stem}-tep")
        if "/" in folder or "\\" in folder or folder in (".", ".."):
            raise CommandError("--files-dir là tên một thư mục, không phải đường dẫn.")
        sink = FileSink(root, folder)
        # Progress on stderr: with --output - the standard output is the data itself.
        log = self.stderr
        try:
            if target is None:
                report = run_export(sys.stdout, sink, types=wanted, progress=log, progress_every=options["progress_every"])
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                with target.open("w", encoding="utf-8", newline="\n") as handle:
                    report = run_export(handle, sink, types=wanted, progress=log, progress_every=options["progress_every"])
        except OSError as exc:
            raise CommandError(f"Không ghi được: {exc.filename or output} ({exc.strerror or exc})") from exc

        for line in report.summary_lines():
            log.write(line)
        if report.skipped_files:
            log.write(self.style.WARNING(f"Bỏ qua {report.skipped_files} tệp không đọc được hoặc không thuộc loại được nhập."))
        where = "đầu ra chuẩn" if target is None else str(target)
        size = format_number(report.bytes / 1_048_576)
        log.write(f"Đã ghi: {where}; tệp đính kèm ({size} MB) trong thư mục {root / folder}")
