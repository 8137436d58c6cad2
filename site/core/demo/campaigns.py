"""The demo emulation movements: those Directive 13/CT-UBND launches or carries on, 2021 – 2025.

Names, launching body and the directive's date are facts of the seed article; slogans, goals and
criteria are our own plausible wording. Every provincial movement ends by 30/6/2025, the day
before Hải Dương was merged into Hải Phòng city, so that the demo never shows a Hải Dương body at
work afterwards; the editors' review stage says which were formally reviewed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import documents as d

PROVINCE = d.PROVINCE
PERIOD_END = dt.date(2025, 6, 30)

LAUNCHES = "phat-dong"
GUIDES = "huong-dan"

REGULAR = "thuong-xuyen"
THEMATIC = "theo-chuyen-de"
SPECIAL = "dot-xuat"
PEAK = "cao-diem"

WHOLE_PROVINCE = "toan-tinh"
SECTOR = "nganh"

INTERIM = "so-ket"
FINAL = "tong-ket"


def _html(*paragraphs: str, items: tuple[str, ...] = ()) -> str:
    """Rich text as Wagtail stores it: plain paragraphs and one bulleted list."""
    html = "".join(f"<p>{text}</p>" for text in paragraphs)
    if items:
        html += "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
    return html


@dataclass(frozen=True)
class DemoCampaign:
    """One movement; ``documents`` are (document key, role) and ``news`` the demo articles about it."""

    key: int
    title: str
    slogan: str
    form: str
    scope: str
    launched_by: str
    launch_date: dt.date
    start: dt.date
    end: dt.date | None
    summary: str
    goals: str
    criteria: str
    image: str
    documents: tuple[tuple[int, str], ...] = ()
    news: tuple[str, ...] = ()
    review_stage: str = ""
    interim_report: int | None = None
    final_report: int | None = None
    scope_detail: str = ""
    field: str = d.FIELD
    source: str = "Ban Thi đua - Khen thưởng tỉnh"

    @property
    def import_id(self) -> str:
        return f"demo-c{self.key:02d}"


MAIN = 1

CAMPAIGNS: list[DemoCampaign] = [
    DemoCampaign(
        MAIN,
        "Đoàn kết, đổi mới, sáng tạo, thi đua xây dựng tỉnh Hải Dương phát triển nhanh và bền vững",
        "Người người thi đua, nhà nhà thi đua, ngành ngành thi đua",
        REGULAR, WHOLE_PROVINCE, PROVINCE,
        dt.date(2021, 8, 25), dt.date(2021, 8, 25), PERIOD_END,
        "Phong trào thi đua chung của tỉnh giai đoạn 2021 - 2025: chủ đề do Đại hội Thi đua yêu nước tỉnh lần "
        "thứ V (2020 - 2025) đề ra, được UBND tỉnh phát động bằng Chỉ thị số 13/CT-UBND để thực hiện thắng lợi "
        "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII.",
        _html(
            "Khơi dậy tinh thần đoàn kết, sáng tạo của cán bộ và nhân dân, góp phần hoàn thành các mục tiêu phát "
            "triển kinh tế - xã hội của kế hoạch 5 năm 2021 - 2025.",
            items=(
                "Sớm khắc phục sụt giảm kinh tế do dịch Covid-19, thực hiện “mục tiêu kép”.",
                "Phát triển kinh tế nhanh, bền vững theo hướng tăng trưởng xanh.",
                "Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến ở mọi cấp, mọi ngành.",
            ),
        ),
        _html(
            "Các cơ quan, đơn vị, địa phương đăng ký nội dung thi đua gắn với nhiệm vụ chính trị được giao và được "
            "chấm điểm theo các tiêu chí:",
            items=(
                "Hoàn thành chỉ tiêu, nhiệm vụ được giao trong năm và cả giai đoạn.",
                "Có mô hình mới, cách làm hay được cấp có thẩm quyền công nhận.",
                "Thực hiện đủ bốn khâu: phát hiện, bồi dưỡng, tổng kết, nhân rộng điển hình tiên tiến.",
                "Sơ kết, tổng kết và đề nghị khen thưởng đúng thời hạn, ưu tiên người lao động trực tiếp.",
            ),
        ),
        "co-thi-dua",
        documents=(
            (d.DIRECTIVE_13, LAUNCHES),
            (d.PLAN_13, GUIDES),
            (d.DIRECTIVE_34, GUIDES),
            (d.FINAL_REVIEW_GUIDE, GUIDES),
        ),
        news=("demo-n01", "demo-n12", "demo-n20", "demo-n35"),
        review_stage=FINAL,
        final_report=d.FINAL_REPORT,
        source="Cổng thông tin điện tử tỉnh Hải Dương",
    ),
    DemoCampaign(
        2,
        "Chuyển đổi số giai đoạn 2021 - 2025",
        "Chính quyền số, kinh tế số, xã hội số",
        THEMATIC, WHOLE_PROVINCE, PROVINCE,
        dt.date(2021, 8, 28), dt.date(2021, 8, 28), PERIOD_END,
        "Phong trào thi đua theo chuyên đề hướng tới chính quyền số, kinh tế số và xã hội số: mỗi cơ quan, đơn "
        "vị đăng ký ít nhất một sáng kiến ứng dụng công nghệ thông tin mỗi năm.",
        _html(
            "Đưa hoạt động của các cơ quan nhà nước và phần lớn giao dịch của người dân, doanh nghiệp lên môi "
            "trường số.",
            items=(
                "Dịch vụ công trực tuyến được sử dụng thực chất, không chỉ có trên danh mục.",
                "Hồ sơ, giấy tờ được số hóa và dùng chung giữa các cơ quan.",
                "Doanh nghiệp, hợp tác xã dùng hóa đơn điện tử và thanh toán không dùng tiền mặt.",
            ),
        ),
        _html(
            items=(
                "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến của cơ quan, đơn vị.",
                "Số sáng kiến ứng dụng công nghệ thông tin được công nhận trong năm.",
                "Hồ sơ đề nghị khen thưởng được lập, gửi và theo dõi trên môi trường mạng.",
            ),
        ),
        "chuyen-doi-so",
        documents=((d.DIRECTIVE_13, GUIDES),),
        news=("demo-n02", "demo-n21", "demo-n34"),
        review_stage=INTERIM,
        interim_report=d.DIGITAL_INTERIM_REPORT,
        field="Thông tin và Truyền thông",
    ),
    DemoCampaign(
        3,
        "Chung tay vì người nghèo - không để ai bị bỏ lại phía sau",
        "Không để ai bị bỏ lại phía sau",
        REGULAR, WHOLE_PROVINCE, PROVINCE,
        dt.date(2021, 8, 25), dt.date(2021, 8, 25), dt.date(2025, 5, 22),
        "Phong trào huy động nhà nước, doanh nghiệp và cộng đồng cùng giúp hộ nghèo, hộ cận nghèo có nhà ở an "
        "toàn và sinh kế ổn định để thoát nghèo bền vững.",
        _html(
            "Giảm nghèo bền vững, không để hộ nghèo nào thiếu nhà ở an toàn hay thiếu điều kiện làm ăn.",
            items=(
                "Xây mới, sửa chữa nhà đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở.",
                "Hỗ trợ sinh kế bằng con giống, cây trồng, học nghề thay cho trợ cấp bằng tiền.",
            ),
        ),
        _html(
            items=(
                "Số hộ thoát nghèo và không tái nghèo trên địa bàn.",
                "Nguồn lực vận động được cho quỹ “Vì người nghèo” và các công trình an sinh.",
                "Mô hình giúp người nghèo được nhân rộng ở khu dân cư.",
            ),
        ),
        "chung-tay",
        documents=((d.DIRECTIVE_13, GUIDES),),
        news=("demo-n19", "demo-n36"),
        review_stage=FINAL,
        field="Lao động - Thương binh và Xã hội",
    ),
    DemoCampaign(
        4,
        "Thi đua đặc biệt phòng, chống và chiến thắng đại dịch Covid-19",
        "Chống dịch như chống giặc",
        SPECIAL, WHOLE_PROVINCE, PROVINCE,
        dt.date(2021, 8, 25), dt.date(2021, 8, 25), dt.date(2021, 12, 31),
        "Đợt thi đua đột xuất hưởng ứng lời phát động thi đua đặc biệt của Hội đồng Thi đua - Khen thưởng Trung "
        "ương: vừa phòng, chống dịch hiệu quả, vừa phục hồi sản xuất, kinh doanh.",
        _html(
            "Bảo vệ sức khỏe nhân dân và giữ vững thành quả chống dịch, đồng thời tận dụng cơ hội phục hồi kinh tế.",
            items=(
                "Mỗi người dân là một chiến sĩ trên mặt trận phòng, chống dịch.",
                "Khen thưởng kịp thời lực lượng tuyến đầu, phê bình nơi lơ là, chủ quan.",
            ),
        ),
        _html(
            items=(
                "Thành tích trực tiếp trong phòng, chống dịch ở cơ sở, khu cách ly, chốt kiểm soát.",
                "Duy trì sản xuất an toàn, bảo đảm việc làm cho người lao động.",
                "Đóng góp công sức, vật chất cho công tác phòng, chống dịch.",
            ),
        ),
        "y-te",
        documents=((d.DIRECTIVE_13, LAUNCHES),),
        news=("demo-n03", "demo-n04"),
        review_stage=FINAL,
        field="Y tế",
    ),
    DemoCampaign(
        5,
        "Doanh nghiệp Việt Nam hội nhập và phát triển",
        "Doanh nhân đồng hành cùng tỉnh",
        REGULAR, WHOLE_PROVINCE, PROVINCE,
        dt.date(2021, 8, 25), dt.date(2021, 8, 25), PERIOD_END,
        "Phong trào nhằm cải thiện môi trường đầu tư, kinh doanh, thu hút doanh nghiệp lớn và giúp doanh nghiệp "
        "nhỏ và vừa lớn mạnh; tôn vinh doanh nghiệp, doanh nhân và người lao động sáng tạo.",
        _html(
            "Doanh nghiệp trên địa bàn tỉnh sản xuất, kinh doanh hiệu quả, hội nhập sâu và chăm lo tốt cho người "
            "lao động.",
        ),
        _html(
            items=(
                "Tăng trưởng doanh thu, nộp ngân sách đầy đủ, đúng hạn.",
                "Có sáng kiến, cải tiến kỹ thuật được áp dụng.",
                "Bảo đảm việc làm, thu nhập và an toàn lao động cho người lao động.",
            ),
        ),
        "doanh-nghiep",
        documents=((d.DIRECTIVE_13, GUIDES),),
        news=("demo-n07", "demo-n14", "demo-n28"),
        field="Kinh tế",
    ),
    DemoCampaign(
        6,
        "Cả nước chung sức xây dựng nông thôn mới",
        "Nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
        REGULAR, WHOLE_PROVINCE, d.COUNCIL,
        dt.date(2022, 6, 15), dt.date(2022, 6, 15), PERIOD_END,
        "Giai đoạn 2022 - 2025, phong trào đặt trọng tâm vào chất lượng: xây dựng nông thôn mới nâng cao, kiểu "
        "mẫu, gắn hạ tầng nông thôn với quá trình đô thị hóa.",
        _html(
            "Nâng cao chất lượng các tiêu chí nông thôn mới và đời sống của người dân nông thôn.",
            items=(
                "Mỗi huyện có ít nhất một thôn, khu dân cư kiểu mẫu.",
                "Tiêu chí môi trường, văn hóa và chuyển đổi số được nâng cao.",
            ),
        ),
        _html(
            items=(
                "Số xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu trong năm.",
                "Đóng góp của người dân, doanh nghiệp về công sức, đất đai, kinh phí.",
            ),
        ),
        "nong-thon-moi",
        documents=((d.RURAL_PLAN, LAUNCHES), (d.DIRECTIVE_13, GUIDES)),
        news=("demo-n08", "demo-n10", "demo-n13"),
        source="Theo Báo Hải Dương",
        field="Nông nghiệp",
    ),
    DemoCampaign(
        7,
        "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
        "Tận tụy, trách nhiệm, chuyên nghiệp",
        REGULAR, SECTOR, PROVINCE,
        dt.date(2021, 8, 25), dt.date(2021, 8, 25), PERIOD_END,
        "Phong trào trong các cơ quan hành chính và đơn vị sự nghiệp công lập: giữ kỷ cương, thái độ phục vụ "
        "người dân, doanh nghiệp, gắn với cải cách hành chính.",
        _html(
            "Xây dựng đội ngũ cán bộ, công chức, viên chức chuẩn mực trong giao tiếp, tận tụy trong phục vụ.",
        ),
        _html(
            items=(
                "Chấp hành giờ giấc, trang phục, giao tiếp theo quy tắc ứng xử.",
                "Không có phản ánh, kiến nghị về thái độ phục vụ.",
                "Giải quyết hồ sơ đúng hạn, công khai xin lỗi khi trễ hẹn.",
            ),
        ),
        "van-hoa",
        documents=((d.DIRECTIVE_13, GUIDES),),
        scope_detail="Các cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập của tỉnh",
        field="Nội vụ",
    ),
    DemoCampaign(
        8,
        "Thi đua lập thành tích chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân "
        "các cấp nhiệm kỳ 2021 - 2026",
        "Bầu cử thành công là ngày hội của toàn dân",
        PEAK, WHOLE_PROVINCE, PROVINCE,
        dt.date(2021, 2, 9), dt.date(2021, 2, 9), dt.date(2021, 5, 23),
        "Đợt thi đua cao điểm trước ngày bầu cử 23/5/2021: các cơ quan, đơn vị, địa phương thi đua bảo đảm cuộc "
        "bầu cử an toàn, đúng luật, giữa lúc tỉnh vừa trải qua đợt dịch Covid-19 đầu năm.",
        _html(
            "Cuộc bầu cử diễn ra dân chủ, đúng pháp luật, an toàn và tiết kiệm.",
        ),
        _html(
            items=(
                "Hoàn thành đúng tiến độ các công việc chuẩn bị bầu cử.",
                "Tỷ lệ cử tri đi bầu cao, không có khiếu nại kéo dài.",
                "Bảo đảm an ninh, trật tự và phòng, chống dịch tại các điểm bỏ phiếu.",
            ),
        ),
        "le-trao-thuong",
        review_stage=FINAL,
        field="Nội vụ",
    ),
]
