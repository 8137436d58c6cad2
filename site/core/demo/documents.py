"""The demo document library: the laws and directives the seed article names, and the province's own.

Numbers, issuers, dates and effect of the national documents and of Directive 13/CT-UBND are the
real ones; abstracts and texts are our own short summaries, not the official wording. The other
provincial documents (the plan, the regulation, the guidance notes, the notice and the review
reports) are plausible illustrations: their numbers are made up. Every signer is a position,
never a person's name. Issuers keep the names they had on the date of issue ("Ủy ban nhân dân
tỉnh Hải Dương"), and no Hải Dương document is dated after June 2025, when the province was
merged into Hải Phòng city.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .pdf import PdfPage

FIELD = "Thi đua - Khen thưởng"

# Document types the demo uses, with the abbreviation they carry in a number.
DOC_TYPES = {
    "Luật": "",
    "Nghị định": "NĐ",
    "Chỉ thị": "CT",
    "Quyết định": "QĐ",
    "Kế hoạch": "KH",
    "Hướng dẫn": "HD",
    "Thông báo": "TB",
    "Báo cáo": "BC",
}

IN_FORCE = "con-hieu-luc"
EXPIRED = "het-hieu-luc"

REPLACES = "replaces"
AMENDS = "amends"
GUIDES = "guides"

PROVINCE = "Ủy ban nhân dân tỉnh Hải Dương"
PROVINCE_HEADING = ("ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG")
BOARD = "Ban Thi đua - Khen thưởng tỉnh Hải Dương"
BOARD_HEADING = ("SỞ NỘI VỤ TỈNH HẢI DƯƠNG", "BAN THI ĐUA - KHEN THƯỞNG")
COUNCIL = "Hội đồng Thi đua - Khen thưởng tỉnh Hải Dương"
COUNCIL_HEADING = ("UBND TỈNH HẢI DƯƠNG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")

CHAIRMAN = ("Chủ tịch UBND tỉnh", ("CHỦ TỊCH",))
VICE_CHAIRMAN = ("KT. Chủ tịch - Phó Chủ tịch UBND tỉnh", ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"))
FOR_THE_COMMITTEE = ("TM. Ủy ban nhân dân tỉnh - Chủ tịch", ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"))
HEAD_OF_BOARD = ("Trưởng Ban Thi đua - Khen thưởng tỉnh", ("TRƯỞNG BAN",))
FOR_THE_COUNCIL = ("TM. Hội đồng - Chủ tịch Hội đồng Thi đua - Khen thưởng tỉnh", ("TM. HỘI ĐỒNG", "CHỦ TỊCH"))
NATIONAL_ASSEMBLY = ("Chủ tịch Quốc hội", ("CHỦ TỊCH QUỐC HỘI",))
GOVERNMENT = ("TM. Chính phủ", ("TM. CHÍNH PHỦ",))
POLITBURO = ("T/M Bộ Chính trị", ("T/M BỘ CHÍNH TRỊ",))


@dataclass(frozen=True)
class DemoDocument:
    """One văn bản of the demo library; ``relations`` point at earlier documents by their key."""

    key: int
    doc_type: str
    number: str
    title: str
    issuer: str
    heading: tuple[str, ...]
    signer: tuple[str, tuple[str, ...]]
    issued: dt.date
    effective: dt.date | None
    summary: str
    body: tuple[str, ...]
    status: str = IN_FORCE
    relations: tuple[tuple[str, int], ...] = ()
    place: str = "Hải Dương"
    party: bool = False
    source: str = ""

    @property
    def import_id(self) -> str:
        return f"demo-d{self.key:02d}"

    @property
    def label(self) -> str:
        """"Chỉ thị 13/CT-UBND": the name of the file in the document library."""
        return f"{self.doc_type} {self.number}"

    def pdf_page(self) -> PdfPage:
        subject = self.title
        if subject.lower().startswith(self.doc_type.lower() + " "):
            subject = subject[len(self.doc_type) + 1 :]
        subject = subject[0].upper() + subject[1:]
        prefix = "Luật số: " if self.doc_type == "Luật" else "Số " if self.party else "Số: "
        return PdfPage(
            heading=self.heading,
            number_line=prefix + self.number,
            kind=self.doc_type.upper(),
            title=subject,
            paragraphs=self.body,
            signature=self.signer[1],
            issued=self.issued,
            place=self.place,
            party=self.party,
        )


DIRECTIVE_13 = 1
DIRECTIVE_34 = 2
LAW_2003 = 3
LAW_2022 = 4
DECREE_91 = 5
DECREE_98 = 6
PLAN_13 = 7
REGULATION = 8
DOSSIER_GUIDE = 9
NOTICE_2023 = 10
FINAL_REVIEW_GUIDE = 11
DIGITAL_INTERIM_REPORT = 12
FINAL_REPORT = 13
RURAL_PLAN = 14

# In order of issue: a relation always points at a document that comes earlier in the list.
DOCUMENTS: list[DemoDocument] = [
    DemoDocument(
        LAW_2003, "Luật", "15/2003/QH11", "Luật Thi đua, khen thưởng",
        "Quốc hội", ("QUỐC HỘI",), NATIONAL_ASSEMBLY,
        dt.date(2003, 11, 26), dt.date(2004, 7, 1),
        "Đạo luật đầu tiên quy định đầy đủ về thi đua, danh hiệu thi đua, hình thức khen thưởng và quản lý nhà "
        "nước về thi đua, khen thưởng. Luật đã được sửa đổi, bổ sung các năm 2005, 2009, 2013 và hết hiệu lực "
        "từ ngày 01/01/2024.",
        (
            "Luật do Quốc hội khóa XI thông qua tại kỳ họp thứ 4, quy định đối tượng, nguyên tắc, nội dung thi "
            "đua và tiêu chuẩn các danh hiệu thi đua; đối tượng, tiêu chuẩn, hình thức và thẩm quyền khen thưởng; "
            "quyền và nghĩa vụ của tập thể, cá nhân được khen thưởng.",
            "Trong gần hai mươi năm thi hành, Luật được sửa đổi, bổ sung ba lần (năm 2005, 2009 và 2013) và là "
            "căn cứ cho các phong trào thi đua yêu nước ở mọi cấp, mọi ngành.",
            "Luật hết hiệu lực từ ngày 01/01/2024, khi Luật Thi đua, khen thưởng số 06/2022/QH15 có hiệu lực thi "
            "hành.",
        ),
        status=EXPIRED, place="",
    ),
    DemoDocument(
        DIRECTIVE_34, "Chỉ thị", "34-CT/TW", "Chỉ thị về tiếp tục đổi mới công tác thi đua, khen thưởng",
        "Bộ Chính trị", ("BAN CHẤP HÀNH TRUNG ƯƠNG", "*"), POLITBURO,
        dt.date(2014, 4, 7), dt.date(2014, 4, 7),
        "Bộ Chính trị yêu cầu cấp ủy, tổ chức đảng tăng cường lãnh đạo công tác thi đua, khen thưởng, đổi mới "
        "nội dung và cách tổ chức phong trào thi đua, nâng cao chất lượng khen thưởng và chống bệnh hình thức.",
        (
            "Chỉ thị ghi nhận công tác thi đua, khen thưởng đã góp phần động viên các tầng lớp nhân dân, đồng thời "
            "chỉ ra những hạn chế: nhiều phong trào còn hình thức, khen thưởng có lúc chưa chính xác, tỷ lệ khen "
            "thưởng người lao động trực tiếp còn thấp.",
            "Cấp ủy và người đứng đầu được yêu cầu trực tiếp lãnh đạo công tác thi đua, khen thưởng; mỗi phong "
            "trào phải có mục tiêu, nội dung cụ thể, gắn với nhiệm vụ chính trị của cơ quan, đơn vị.",
            "Khen thưởng phải đúng người, đúng việc, kịp thời và công khai; chú trọng phát hiện, bồi dưỡng, nhân "
            "rộng điển hình tiên tiến và khen thưởng công nhân, nông dân, người lao động trực tiếp.",
        ),
        place="Hà Nội", party=True,
    ),
    DemoDocument(
        DECREE_91, "Nghị định", "91/2017/NĐ-CP",
        "Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        "Chính phủ", ("CHÍNH PHỦ",), GOVERNMENT,
        dt.date(2017, 7, 31), dt.date(2017, 9, 15),
        "Nghị định hướng dẫn Luật Thi đua, khen thưởng năm 2003 (đã sửa đổi, bổ sung) về danh hiệu thi đua, "
        "hình thức, tiêu chuẩn, thẩm quyền, thủ tục và hồ sơ khen thưởng. Hết hiệu lực từ ngày 01/01/2024, được "
        "thay thế bằng Nghị định số 98/2023/NĐ-CP.",
        (
            "Nghị định quy định chi tiết tiêu chuẩn các danh hiệu thi đua và hình thức khen thưởng, thẩm quyền "
            "quyết định, thủ tục, hồ sơ đề nghị khen thưởng và việc lập, sử dụng quỹ thi đua, khen thưởng.",
            "Nghị định áp dụng cho cơ quan, tổ chức, đơn vị và cá nhân trong tổ chức, thực hiện phong trào thi đua "
            "và xét khen thưởng theo Luật Thi đua, khen thưởng năm 2003 và các luật sửa đổi, bổ sung.",
        ),
        status=EXPIRED, relations=((GUIDES, LAW_2003),), place="Hà Nội",
    ),
    DemoDocument(
        DIRECTIVE_13, "Chỉ thị", "13/CT-UBND",
        "Chỉ thị về phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2021 và kế "
        "hoạch 05 năm (2021 - 2025) theo Nghị quyết Đại hội Đảng bộ tỉnh Hải Dương lần thứ XVII",
        PROVINCE, PROVINCE_HEADING, CHAIRMAN,
        dt.date(2021, 8, 25), dt.date(2021, 8, 25),
        "UBND tỉnh phát động các cấp, các ngành thi đua thực hiện nhiệm vụ năm 2021 và kế hoạch 5 năm 2021 - "
        "2025 với chủ đề “Đoàn kết, đổi mới, sáng tạo, thi đua xây dựng tỉnh Hải Dương phát triển nhanh và bền "
        "vững”, gắn với vừa phòng, chống dịch Covid-19, vừa phục hồi kinh tế.",
        (
            "Thủ trưởng các sở, ban, ngành, đoàn thể tỉnh và chủ tịch UBND các huyện, thị xã, thành phố tiếp tục "
            "quán triệt tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí Minh và Chỉ thị số 34-CT/TW của Bộ Chính "
            "trị, đề cao trách nhiệm người đứng đầu và của Hội đồng Thi đua - Khen thưởng các cấp.",
            "Các phong trào thi đua được đổi mới về nội dung và cách tổ chức, bám sát các khâu đột phá của tỉnh: "
            "kinh tế tăng trưởng xanh, văn hóa - xã hội, quốc phòng - an ninh, xây dựng Đảng và hệ thống chính "
            "trị. Chỉ thị đề nghị đẩy mạnh các phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”, “Cả "
            "nước chung sức xây dựng nông thôn mới”, “Chung tay vì người nghèo - không để ai bị bỏ lại phía sau” "
            "và “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”.",
            "Khen thưởng phải chính xác, kịp thời, công khai, minh bạch, chú trọng người lao động trực tiếp, khen "
            "thưởng đột xuất và theo chuyên đề; việc phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến được làm "
            "thường xuyên từ cơ sở.",
            "Trước diễn biến phức tạp của dịch Covid-19, các cơ quan, đơn vị hưởng ứng đợt thi đua đặc biệt phòng, "
            "chống dịch và phấn đấu thực hiện “mục tiêu kép”.",
        ),
        source="Cổng thông tin điện tử tỉnh Hải Dương",
    ),
    DemoDocument(
        PLAN_13, "Kế hoạch", "215/KH-UBND",
        "Kế hoạch triển khai Chỉ thị số 13/CT-UBND về phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển "
        "kinh tế - xã hội giai đoạn 2021 - 2025",
        PROVINCE, PROVINCE_HEADING, VICE_CHAIRMAN,
        dt.date(2021, 9, 20), dt.date(2021, 9, 20),
        "Kế hoạch giao việc cho từng sở, ngành, địa phương, định lịch kiểm tra, sơ kết hằng năm và tổng kết "
        "giai đoạn để Chỉ thị số 13/CT-UBND đi vào thực chất.",
        (
            "Mỗi sở, ngành, địa phương xây dựng chương trình thi đua riêng, có chỉ tiêu đo đếm được, gửi về Ban "
            "Thi đua - Khen thưởng tỉnh trong tháng 10/2021.",
            "Các cụm, khối thi đua ký giao ước đầu năm, kiểm tra chéo giữa năm và chấm điểm, suy tôn đơn vị dẫn "
            "đầu vào cuối năm.",
            "UBND tỉnh sơ kết việc thực hiện Chỉ thị sau một năm và tổng kết vào cuối giai đoạn, gắn với khen "
            "thưởng tập thể, cá nhân tiêu biểu.",
        ),
        relations=((GUIDES, DIRECTIVE_13),),
    ),
    DemoDocument(
        RURAL_PLAN, "Kế hoạch", "02/KH-HĐTĐKT",
        "Kế hoạch đẩy mạnh phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai đoạn 2022 - 2025",
        COUNCIL, COUNCIL_HEADING, FOR_THE_COUNCIL,
        dt.date(2022, 6, 15), dt.date(2022, 6, 15),
        "Hội đồng Thi đua - Khen thưởng tỉnh đề ra các chỉ tiêu thi đua xây dựng nông thôn mới nâng cao, "
        "nông thôn mới kiểu mẫu và cách khen thưởng những người góp công, góp đất, góp của.",
        (
            "Mỗi huyện chọn ít nhất một thôn, khu dân cư làm mô hình “khu dân cư kiểu mẫu”; các xã đã đạt chuẩn "
            "tập trung vào tiêu chí nâng cao về môi trường, văn hóa, chuyển đổi số và thu nhập.",
            "Tập thể, cá nhân có đóng góp lớn về công sức, đất đai, kinh phí được xét khen thưởng kịp thời, không "
            "chờ đến kỳ tổng kết.",
        ),
        relations=((GUIDES, DIRECTIVE_13),),
    ),
    DemoDocument(
        LAW_2022, "Luật", "06/2022/QH15", "Luật Thi đua, khen thưởng",
        "Quốc hội", ("QUỐC HỘI",), NATIONAL_ASSEMBLY,
        dt.date(2022, 6, 15), dt.date(2024, 1, 1),
        "Luật Thi đua, khen thưởng mới thay thế Luật năm 2003, có hiệu lực từ ngày 01/01/2024; quy định về phong "
        "trào thi đua, danh hiệu thi đua, hình thức, tiêu chuẩn, thẩm quyền và thủ tục khen thưởng.",
        (
            "Luật do Quốc hội khóa XV thông qua tại kỳ họp thứ 3, quy định về thi đua, danh hiệu thi đua và tiêu "
            "chuẩn danh hiệu thi đua; khen thưởng, hình thức, tiêu chuẩn và thẩm quyền khen thưởng; thủ tục, hồ "
            "sơ đề nghị khen thưởng và quản lý nhà nước về thi đua, khen thưởng.",
            "Luật nhấn mạnh nguyên tắc khen thưởng chính xác, công khai, minh bạch, kịp thời và chú trọng khen "
            "thưởng người trực tiếp lao động, sản xuất, công tác.",
            "Luật có hiệu lực thi hành từ ngày 01/01/2024 và thay thế Luật Thi đua, khen thưởng số 15/2003/QH11 "
            "cùng các luật sửa đổi, bổ sung.",
        ),
        relations=((REPLACES, LAW_2003),), place="",
    ),
    DemoDocument(
        DIGITAL_INTERIM_REPORT, "Báo cáo", "168/BC-UBND",
        "Báo cáo sơ kết phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025”",
        PROVINCE, PROVINCE_HEADING, VICE_CHAIRMAN,
        dt.date(2023, 9, 12), None,
        "Sau hai năm, phần lớn thủ tục hành chính của tỉnh được cung cấp trực tuyến và hồ sơ khen thưởng bắt "
        "đầu được tiếp nhận trên môi trường số; báo cáo nêu các việc cần làm đến năm 2025.",
        (
            "Các sở, ngành và địa phương đã đưa dịch vụ công trực tuyến vào sử dụng, số hóa hồ sơ, giấy tờ và "
            "từng bước dùng chung dữ liệu giữa các cơ quan nhà nước.",
            "Từ tháng 8/2023, các thủ tục khen thưởng thuộc thẩm quyền của Chủ tịch UBND tỉnh được tiếp nhận trực "
            "tuyến.",
            "Hạn chế còn lại là hạ tầng ở một số xã chưa đồng bộ và kỹ năng số của một bộ phận người dân còn "
            "hạn chế; báo cáo đề nghị tiếp tục khen thưởng các sáng kiến ứng dụng công nghệ thông tin.",
        ),
    ),
    DemoDocument(
        NOTICE_2023, "Thông báo", "36/TB-BTĐKT", "Thông báo thời hạn gửi hồ sơ đề nghị khen thưởng tổng kết năm 2023",
        BOARD, BOARD_HEADING, HEAD_OF_BOARD,
        dt.date(2023, 12, 7), dt.date(2023, 12, 7),
        "Hồ sơ đề nghị khen thưởng tổng kết năm 2023 gửi về Ban Thi đua - Khen thưởng tỉnh trước ngày "
        "10/01/2024, ưu tiên gửi qua hệ thống dịch vụ công trực tuyến.",
        (
            "Hồ sơ đề nghị tặng Cờ thi đua, danh hiệu “Tập thể lao động xuất sắc”, “Chiến sĩ thi đua cấp tỉnh” và "
            "Bằng khen của Chủ tịch UBND tỉnh gửi trước ngày 10/01/2024.",
            "Các đơn vị lưu ý chuẩn bị áp dụng Luật Thi đua, khen thưởng năm 2022 cho các hồ sơ trình từ ngày "
            "01/01/2024.",
        ),
    ),
    DemoDocument(
        DECREE_98, "Nghị định", "98/2023/NĐ-CP",
        "Nghị định quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng",
        "Chính phủ", ("CHÍNH PHỦ",), GOVERNMENT,
        dt.date(2023, 12, 31), dt.date(2024, 1, 1),
        "Nghị định quy định chi tiết Luật Thi đua, khen thưởng số 06/2022/QH15 về tiêu chuẩn danh hiệu thi "
        "đua, hình thức khen thưởng, thẩm quyền, thủ tục, hồ sơ khen thưởng và quỹ thi đua, khen thưởng; thay "
        "thế Nghị định số 91/2017/NĐ-CP.",
        (
            "Nghị định hướng dẫn tiêu chuẩn các danh hiệu thi đua, hình thức khen thưởng, thẩm quyền quyết định, "
            "trình tự, thủ tục và hồ sơ đề nghị khen thưởng theo Luật Thi đua, khen thưởng năm 2022.",
            "Nghị định cũng quy định việc lập, quản lý và sử dụng quỹ thi đua, khen thưởng, có hiệu lực cùng ngày "
            "với Luật (01/01/2024) và thay thế Nghị định số 91/2017/NĐ-CP.",
        ),
        relations=((GUIDES, LAW_2022), (REPLACES, DECREE_91)), place="Hà Nội",
    ),
    DemoDocument(
        DOSSIER_GUIDE, "Hướng dẫn", "05/HD-BTĐKT",
        "Hướng dẫn thành phần, thể thức hồ sơ đề nghị khen thưởng theo Luật Thi đua, khen thưởng năm 2022",
        BOARD, BOARD_HEADING, HEAD_OF_BOARD,
        dt.date(2024, 2, 26), dt.date(2024, 2, 26),
        "Ban Thi đua - Khen thưởng tỉnh hướng dẫn các đơn vị lập hồ sơ đề nghị khen thưởng theo Nghị định số "
        "98/2023/NĐ-CP: thành phần hồ sơ, mẫu báo cáo thành tích và cách gửi hồ sơ điện tử.",
        (
            "Hồ sơ gồm tờ trình của cấp trình khen thưởng, biên bản họp Hội đồng Thi đua - Khen thưởng, báo cáo "
            "thành tích có xác nhận của cấp trình và các văn bản chứng minh thành tích khi được yêu cầu.",
            "Báo cáo thành tích phải nêu số liệu cụ thể, so sánh với chỉ tiêu được giao; với sáng kiến, phải có "
            "văn bản công nhận phạm vi ảnh hưởng.",
            "Hồ sơ được gửi qua hệ thống dịch vụ công trực tuyến, ký số theo quy định; hồ sơ giấy chỉ dùng cho "
            "tài liệu không số hóa được.",
        ),
        relations=((GUIDES, DECREE_98),),
    ),
    DemoDocument(
        REGULATION, "Quyết định", "08/2024/QĐ-UBND",
        "Quyết định ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Hải Dương",
        PROVINCE, PROVINCE_HEADING, FOR_THE_COMMITTEE,
        dt.date(2024, 3, 22), dt.date(2024, 4, 5),
        "Quy định của tỉnh về tổ chức phong trào thi đua, cụm và khối thi đua, danh hiệu, hình thức và thẩm "
        "quyền khen thưởng cấp tỉnh, áp dụng Luật Thi đua, khen thưởng năm 2022.",
        (
            "Quy định áp dụng với các cơ quan, đơn vị, địa phương, doanh nghiệp và cá nhân trên địa bàn tỉnh trong "
            "tổ chức phong trào thi đua và đề nghị khen thưởng.",
            "Văn bản quy định tổ chức và hoạt động của các cụm, khối thi đua, tiêu chí chấm điểm, suy tôn đơn vị "
            "dẫn đầu và thời hạn trình khen thưởng tổng kết năm.",
            "Các hình thức khen thưởng thuộc thẩm quyền của Chủ tịch UBND tỉnh được xét theo tiêu chuẩn của Luật "
            "và Nghị định số 98/2023/NĐ-CP, ưu tiên người trực tiếp lao động, sản xuất, công tác.",
        ),
        relations=((GUIDES, LAW_2022),),
    ),
    DemoDocument(
        FINAL_REVIEW_GUIDE, "Hướng dẫn", "09/HD-BTĐKT",
        "Hướng dẫn tổng kết, khen thưởng phong trào thi đua thực hiện Chỉ thị số 13/CT-UBND giai đoạn 2021 - 2025",
        BOARD, BOARD_HEADING, HEAD_OF_BOARD,
        dt.date(2025, 4, 17), dt.date(2025, 4, 17),
        "Các sở, ngành, địa phương tổng kết phong trào thi đua giai đoạn 2021 - 2025 theo Chỉ thị số "
        "13/CT-UBND và gửi báo cáo, hồ sơ khen thưởng trước ngày 30/5/2025.",
        (
            "Báo cáo tổng kết đánh giá kết quả từng phong trào, những mô hình mới, điển hình tiên tiến được phát "
            "hiện và nhân rộng trong giai đoạn.",
            "Mỗi đơn vị lựa chọn số lượng khen thưởng hợp lý, ưu tiên tập thể nhỏ và người lao động trực tiếp có "
            "thành tích tiêu biểu trong cả giai đoạn.",
        ),
        relations=((GUIDES, DIRECTIVE_13),),
    ),
    DemoDocument(
        FINAL_REPORT, "Báo cáo", "112/BC-UBND",
        "Báo cáo tổng kết phong trào thi đua thực hiện Chỉ thị số 13/CT-UBND giai đoạn 2021 - 2025",
        PROVINCE, PROVINCE_HEADING, VICE_CHAIRMAN,
        dt.date(2025, 6, 12), None,
        "Báo cáo đánh giá 4 năm thực hiện phong trào thi đua theo Chỉ thị số 13/CT-UBND: những phong trào nổi "
        "bật, điển hình tiên tiến được nhân rộng, hạn chế và bài học kinh nghiệm.",
        (
            "Các phong trào thi đua được triển khai rộng khắp, góp phần giúp tỉnh vượt qua giai đoạn dịch Covid-19 "
            "và hoàn thành phần lớn chỉ tiêu phát triển kinh tế - xã hội của giai đoạn.",
            "Khen thưởng người lao động trực tiếp, khen thưởng đột xuất và theo chuyên đề tăng rõ so với giai đoạn "
            "trước; thủ tục khen thưởng được giải quyết trên môi trường số.",
            "Bài học rút ra là phong trào phải có mục tiêu cụ thể, người đứng đầu trực tiếp chỉ đạo và sơ kết, "
            "tổng kết đúng hạn để kịp thời nhân rộng cách làm hay.",
        ),
    ),
]

BY_KEY: dict[int, DemoDocument] = {document.key: document for document in DOCUMENTS}
