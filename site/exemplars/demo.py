"""Demo profiles of exemplary people and units for ``manage.py load_demo``: call :func:`load`.

Twenty-two fictional profiles from the province (teachers, front-line doctors of the Covid-19
outbreak, farmers, workers with technical innovations, a police unit, schools, cooperatives,
households), with awards from the vocabulary, places from the seeded list and portraits drawn
with Pillow (an abstract silhouette or emblem with initials; no photograph of anyone).
Every name is invented; no profile carries contact details.

Profiles are matched by ``import_id`` ("demo-e01" …), portraits by title, so a second run changes
nothing unless ``update`` is true. Campaigns are linked by their demo ``import_id`` ("demo-c04" …)
when the demo campaigns are loaded, and left out otherwise.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import zlib
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont

from core.importing import ensure_index_page, unique_slug
from core.models import CustomImage
from core.taxonomies import Field
from core.text import slugify_vi

from .models import Award, AwardTitle, CycleStage, ExemplarIndexPage, ExemplarKind, ExemplarPage, Locality

CREDIT = "Ảnh minh họa: Ban Thi đua - Khen thưởng"
LICENCE = "CC BY 4.0"
PORTRAIT_SIZE = (480, 600)
LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")
INDEX_INTRO = (
    "Những tập thể, cá nhân, hộ gia đình tiêu biểu trong các phong trào thi đua của tỉnh: phát hiện, bồi dưỡng, "
    "tổng kết và nhân rộng điển hình tiên tiến. Các nhân vật trong dữ liệu mẫu là hư cấu."
)
CONSENT_NOTE = "Dữ liệu mẫu: nhân vật hư cấu."
FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]

PERSON, UNIT, HOME = ExemplarKind.INDIVIDUAL, ExemplarKind.COLLECTIVE, ExemplarKind.HOUSEHOLD
P1, P2, P3, P4 = CycleStage.DISCOVERED, CycleStage.NURTURED, CycleStage.SUMMED_UP, CycleStage.REPLICATED
PROVINCE_UBND = "Ủy ban nhân dân tỉnh Hải Dương"

# Demo campaigns by key (see core.demo.campaigns): 1 the province's main movement, 2 digital
# transformation, 3 the poor, 4 Covid-19, 5 enterprises, 6 new countryside, 7 office culture.
MAIN, DIGITAL, POOR, COVID, ENTERPRISE, COUNTRYSIDE, OFFICE = 1, 2, 3, 4, 5, 6, 7

Award_ = tuple[str, int, str, str]  # (title, year, decision, issuer)


@dataclass(frozen=True)
class DemoProfile:
    key: int
    title: str
    kind: str
    role: str
    locality: str
    field: str
    stage: str
    date: dt.date
    summary: str
    story: tuple[str, ...]
    awards: tuple[Award_, ...] = ()
    campaigns: tuple[int, ...] = ()
    quote: tuple[str, str] | None = None
    colour: tuple[int, int, int] = (155, 28, 28)

    @property
    def import_id(self) -> str:
        return f"demo-e{self.key:02d}"


PROFILES: list[DemoProfile] = [
    DemoProfile(
        1, "Nguyễn Thị Thanh Mai", PERSON, "Giáo viên Trường Tiểu học Cẩm Văn", "huyện Cẩm Giàng", "Giáo dục", P4,
        dt.date(2022, 11, 18),
        "Cô giáo hai mươi năm gắn bó với lớp học vùng bãi, sáng tạo bộ học liệu số dùng chung cho cả huyện.",
        (
            "Cô Mai dạy ở trường từ năm 2003. Khi học sinh phải học trực tuyến trong đợt dịch năm 2021, cô cùng tổ "
            "chuyên môn soạn hơn 300 bài giảng điện tử và chia sẻ miễn phí cho giáo viên trong huyện.",
            "Mô hình “Thư viện bài giảng dùng chung” được Phòng Giáo dục và Đào tạo tổng kết, nhân rộng ra các trường "
            "tiểu học của huyện từ năm học 2022 - 2023.",
        ),
        (
            ("Chiến sĩ thi đua cơ sở", 2020, "215/QĐ-UBND", "Ủy ban nhân dân huyện Cẩm Giàng"),
            ("Chiến sĩ thi đua cấp tỉnh", 2022, "3120/QĐ-UBND", PROVINCE_UBND),
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2021, "2875/QĐ-UBND", PROVINCE_UBND),
        ),
        (MAIN, DIGITAL),
        ("Mỗi bài giảng tốt nên đến được với nhiều học trò nhất.", "Cô Nguyễn Thị Thanh Mai"),
        (170, 40, 60),
    ),
    DemoProfile(
        2, "Trần Văn Đức", PERSON, "Bác sĩ Khoa Hồi sức tích cực, Bệnh viện đa khoa tỉnh", "thành phố Hải Dương", "Y tế", P3,
        dt.date(2021, 9, 9),
        "Bác sĩ hồi sức trực chiến nhiều tháng tại khu điều trị bệnh nhân Covid-19 nặng.",
        (
            "Trong đợt dịch đầu năm 2021, bác sĩ Đức tình nguyện vào khu điều trị bệnh nhân nặng, trực liên tục 70 ngày "
            "không về nhà.",
            "Anh cùng đồng nghiệp xây dựng quy trình thở máy nằm sấp cho bệnh nhân, được Sở Y tế phổ biến cho các bệnh "
            "viện tuyến huyện.",
        ),
        (
            ("Bằng khen của Thủ tướng Chính phủ", 2021, "1472/QĐ-TTg", "Thủ tướng Chính phủ"),
            ("Chiến sĩ thi đua cơ sở", 2021, "88/QĐ-BVĐK", "Bệnh viện đa khoa tỉnh"),
        ),
        (COVID, MAIN),
        None,
        (30, 90, 150),
    ),
    DemoProfile(
        3, "Phạm Thị Dung", PERSON, "Điều dưỡng trưởng Trung tâm Y tế huyện Ninh Giang", "huyện Ninh Giang", "Y tế", P3,
        dt.date(2021, 10, 2),
        "Điều dưỡng tổ chức hàng trăm điểm tiêm vắc-xin Covid-19 an toàn ở các xã xa trung tâm.",
        (
            "Chị Dung điều phối đội tiêm lưu động, đưa vắc-xin đến tận nhà người cao tuổi và người khuyết tật.",
            "Cách làm “tiêm tại nhà cho người không thể đến điểm tiêm” được huyện nhân rộng trong năm 2022.",
        ),
        (
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2021, "3011/QĐ-UBND", PROVINCE_UBND),
            ("Lao động tiên tiến", 2020, "45/QĐ-TTYT", "Trung tâm Y tế huyện Ninh Giang"),
        ),
        (COVID,),
        None,
        (40, 120, 110),
    ),
    DemoProfile(
        4, "Vũ Đình Dũng", PERSON, "Nông dân, thôn Đông, xã Thanh Xá", "huyện Thanh Hà", "Nông nghiệp", P4,
        dt.date(2023, 6, 20),
        "Nông dân trồng vải thiều theo tiêu chuẩn VietGAP, liên kết tiêu thụ cho 40 hộ trong thôn.",
        (
            "Từ 2 mẫu vải của gia đình, anh Dũng vận động bà con chuyển sang sản xuất theo quy trình VietGAP và lập tổ "
            "hợp tác để ký hợp đồng tiêu thụ với doanh nghiệp xuất khẩu.",
            "Năm 2023, tổ hợp tác có 40 hộ, giá bán vải cao hơn bình quân thị trường khoảng 20%.",
        ),
        (
            ("Giấy khen", 2021, "112/QĐ-UBND", "Ủy ban nhân dân huyện Thanh Hà"),
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2023, "1650/QĐ-UBND", PROVINCE_UBND),
        ),
        (COUNTRYSIDE,),
        ("Làm giàu không khó nếu bà con cùng làm theo một quy trình.", "Anh Vũ Đình Dũng"),
        (60, 130, 50),
    ),
    DemoProfile(
        5, "Lê Văn Đào", PERSON, "Thợ cả Phân xưởng cơ khí, Công ty cổ phần Cơ khí Hải Dương", "thành phố Hải Dương",
        "Công nghiệp", P3, dt.date(2022, 4, 28),
        "Người thợ có 6 sáng kiến cải tiến kỹ thuật, làm lợi cho công ty hơn 1,2 tỷ đồng.",
        (
            "Anh Đào cải tiến đồ gá hàn cho dây chuyền khung thép, giảm một nửa thời gian gá đặt và tỷ lệ sản phẩm lỗi.",
            "Các sáng kiến của anh được Hội đồng sáng kiến tỉnh công nhận có phạm vi ảnh hưởng cấp tỉnh.",
        ),
        (
            ("Chiến sĩ thi đua cơ sở", 2021, "19/QĐ-CK", "Công ty cổ phần Cơ khí Hải Dương"),
            ("Bằng khen cấp bộ, ban, ngành, đoàn thể trung ương", 2022, "605/QĐ-TLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
        ),
        (ENTERPRISE, MAIN),
        None,
        (90, 90, 100),
    ),
    DemoProfile(
        6, "Hoàng Thị Ánh", PERSON, "Công nhân Công ty TNHH May Tứ Kỳ", "huyện Tứ Kỳ", "Công nghiệp", P2,
        dt.date(2023, 3, 8),
        "Nữ công nhân may với sáng kiến sắp xếp lại chuyền may giúp tăng năng suất 15%.",
        (
            "Chị Ánh đề xuất sắp xếp lại vị trí máy theo dòng chảy sản phẩm, giảm quãng đường chuyển bán thành phẩm.",
            "Công đoàn công ty đang theo dõi, bồi dưỡng chị trở thành tổ trưởng chuyền.",
        ),
        (("Lao động tiên tiến", 2022, "", "Công ty TNHH May Tứ Kỳ"),),
        (ENTERPRISE,),
        None,
        (200, 110, 40),
    ),
    DemoProfile(
        7, "Đặng Quốc Bảo", PERSON, "Trung tá, Đội trưởng Đội Cảnh sát giao thông, Công an huyện Gia Lộc", "huyện Gia Lộc",
        "An ninh - Quốc phòng", P3, dt.date(2024, 8, 19),
        "Chỉ huy đội cảnh sát giao thông kéo giảm tai nạn trên quốc lộ qua huyện ba năm liền.",
        (
            "Anh Bảo đề xuất lắp camera giám sát tại các điểm giao cắt nguy hiểm và tổ chức tuyên truyền luật giao thông "
            "tại các trường trung học phổ thông.",
            "Số vụ tai nạn giao thông trên địa bàn năm 2024 giảm 30% so với năm 2021.",
        ),
        (
            ("Chiến sĩ thi đua cơ sở", 2022, "", "Công an tỉnh Hải Dương"),
            ("Huy chương Chiến sĩ vẻ vang hạng Ba", 2023, "", "Chủ tịch nước"),
        ),
        (MAIN,),
        None,
        (30, 60, 110),
    ),
    DemoProfile(
        8, "Bùi Thị Hoa", PERSON, "Chủ tịch Hội Nông dân xã Đức Chính", "huyện Cẩm Giàng", "Nông nghiệp", P2,
        dt.date(2022, 7, 15),
        "Cán bộ hội nông dân giúp 25 hộ thoát nghèo bằng mô hình nuôi cá lồng trên sông.",
        (
            "Chị Hoa vận động hội viên góp vốn, đứng ra tín chấp với ngân hàng chính sách để các hộ nghèo được vay vốn "
            "nuôi cá lồng.",
            "Sau ba năm, 25 hộ tham gia đã thoát nghèo, nhiều hộ có thu nhập trên 150 triệu đồng mỗi năm.",
        ),
        (("Giấy khen", 2022, "", "Hội Nông dân tỉnh Hải Dương"),),
        (POOR, COUNTRYSIDE),
        None,
        (180, 80, 130),
    ),
    DemoProfile(
        9, "Đỗ Minh Khôi", PERSON, "Kỹ sư phần mềm, Trung tâm Công nghệ thông tin tỉnh", "thành phố Hải Dương",
        "Khoa học - Công nghệ", P2, dt.date(2023, 11, 2),
        "Kỹ sư trẻ xây dựng ứng dụng tra cứu hồ sơ khen thưởng trực tuyến cho các xã.",
        (
            "Anh Khôi cùng nhóm kỹ sư xây dựng công cụ giúp cán bộ cấp xã nộp và theo dõi hồ sơ đề nghị khen thưởng "
            "trên mạng, thay cho hồ sơ giấy.",
            "Thời gian xử lý một bộ hồ sơ giảm từ 20 xuống còn 7 ngày làm việc.",
        ),
        (("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2023, "2210/QĐ-UBND", PROVINCE_UBND),),
        (DIGITAL,),
        None,
        (20, 110, 160),
    ),
    DemoProfile(
        10, "Ngô Thị Ơn", PERSON, "Nghệ nhân gốm, làng gốm Cậy, xã Long Xuyên", "huyện Bình Giang", "Văn hóa - Xã hội", P4,
        dt.date(2024, 1, 10),
        "Nghệ nhân nặn gốm truyền nghề miễn phí cho hơn 60 thanh niên trong làng.",
        (
            "Bà Ơn theo nghề gốm từ năm 15 tuổi. Lớp học gốm bà mở tại nhà mỗi mùa hè giúp lớp trẻ giữ nghề truyền thống.",
            "Lớp học được huyện lấy làm mô hình “Giữ nghề, giữ làng” cho các làng nghề khác.",
        ),
        (("Nghệ nhân Ưu tú", 2022, "", "Chủ tịch nước"),),
        (MAIN,),
        ("Giữ được nghề là giữ được làng.", "Nghệ nhân Ngô Thị Ơn"),
        (150, 90, 40),
    ),
    DemoProfile(
        11, "Lương Văn Yên", PERSON, "Cựu chiến binh, Trưởng thôn Phú Lộc", "huyện Nam Sách", "Văn hóa - Xã hội", P1,
        dt.date(2025, 3, 12),
        "Trưởng thôn vận động nhân dân hiến gần 2.000 mét vuông đất làm đường liên thôn.",
        (
            "Ông Yên cùng gia đình hiến đất trước, rồi đến từng nhà vận động bà con. Con đường liên thôn dài 1,2 km "
            "hoàn thành sau 6 tháng.",
        ),
        (("Giấy khen", 2024, "", "Ủy ban nhân dân huyện Nam Sách"),),
        (COUNTRYSIDE,),
        None,
        (110, 100, 60),
    ),
    DemoProfile(
        12, "Trịnh Minh Ân", PERSON, "Lái xe công nghệ, phường Cộng Hòa", "thành phố Chí Linh", "Văn hóa - Xã hội", P1,
        dt.date(2024, 5, 20),
        "Người lái xe nhặt được túi tiền 50 triệu đồng và tìm trả lại người đánh rơi.",
        (
            "Sau một chuyến xe, anh Ân thấy khách bỏ quên chiếc túi có 50 triệu đồng và giấy tờ. Anh nhờ Công an phường "
            "tìm và trả lại cho người bán hàng rong đã đánh rơi.",
        ),
        (("Giấy khen", 2024, "", "Ủy ban nhân dân thành phố Chí Linh"),),
        (),
        None,
        (200, 60, 90),
    ),
    DemoProfile(
        13, "Trường Tiểu học Lê Hồng Phong", UNIT, "Phòng Giáo dục và Đào tạo thị xã Kinh Môn", "thị xã Kinh Môn",
        "Giáo dục", P4, dt.date(2023, 9, 5),
        "Ngôi trường đạt chuẩn quốc gia mức độ 2, dẫn đầu thị xã về chuyển đổi số trong dạy học.",
        (
            "Nhà trường trang bị màn hình tương tác cho toàn bộ lớp học bằng nguồn xã hội hóa và tổ chức sinh hoạt "
            "chuyên môn theo nghiên cứu bài học.",
            "Mô hình “Lớp học số” của trường đã được Sở Giáo dục và Đào tạo giới thiệu cho các trường tiểu học trong tỉnh.",
        ),
        (
            ("Tập thể lao động xuất sắc", 2022, "", "Ủy ban nhân dân tỉnh Hải Dương"),
            ("Cờ thi đua cấp tỉnh", 2023, "2564/QĐ-UBND", PROVINCE_UBND),
        ),
        (DIGITAL, MAIN),
        None,
        (160, 30, 30),
    ),
    DemoProfile(
        14, "Trường Mầm non Hoa Mai", UNIT, "Ủy ban nhân dân huyện Kim Thành", "huyện Kim Thành", "Giáo dục", P3,
        dt.date(2022, 6, 1),
        "Trường mầm non nông thôn với mô hình vườn rau an toàn cho bữa ăn bán trú.",
        (
            "Cha mẹ học sinh cùng nhà trường cải tạo 800 mét vuông đất trống thành vườn rau sạch, cung cấp rau cho bếp "
            "ăn bán trú quanh năm.",
        ),
        (("Tập thể lao động tiên tiến", 2021, "", "Ủy ban nhân dân huyện Kim Thành"),),
        (COUNTRYSIDE,),
        None,
        (220, 120, 50),
    ),
    DemoProfile(
        15, "Khoa Truyền nhiễm, Bệnh viện đa khoa tỉnh", UNIT, "Bệnh viện đa khoa tỉnh Hải Dương", "thành phố Hải Dương",
        "Y tế", P3, dt.date(2021, 9, 20),
        "Tập thể tuyến đầu điều trị bệnh nhân Covid-19 trong đợt dịch đầu năm 2021.",
        (
            "Trong 70 ngày chống dịch, khoa tiếp nhận và điều trị hàng trăm bệnh nhân, không để lây nhiễm chéo cho nhân "
            "viên y tế.",
            "Kinh nghiệm tổ chức khu điều trị của khoa được Bộ Y tế ghi nhận và phổ biến.",
        ),
        (
            ("Huân chương Lao động hạng Ba", 2021, "1203/QĐ-CTN", "Chủ tịch nước"),
            ("Bằng khen của Thủ tướng Chính phủ", 2021, "1388/QĐ-TTg", "Thủ tướng Chính phủ"),
        ),
        (COVID,),
        None,
        (20, 100, 120),
    ),
    DemoProfile(
        16, "Trạm Y tế xã Hưng Long", UNIT, "Trung tâm Y tế huyện Ninh Giang", "huyện Ninh Giang", "Y tế", P2,
        dt.date(2022, 12, 12),
        "Trạm y tế xã đạt chuẩn quốc gia, quản lý sức khỏe điện tử cho toàn bộ người dân.",
        (
            "Trạm lập hồ sơ sức khỏe điện tử cho hơn 9.000 người dân và khám sàng lọc bệnh không lây nhiễm định kỳ.",
        ),
        (("Tập thể lao động tiên tiến", 2022, "", "Ủy ban nhân dân huyện Ninh Giang"),),
        (DIGITAL,),
        None,
        (40, 140, 140),
    ),
    DemoProfile(
        17, "Công an xã Cẩm Điền", UNIT, "Công an huyện Cẩm Giàng", "huyện Cẩm Giàng", "An ninh - Quốc phòng", P4,
        dt.date(2023, 12, 20),
        "Đơn vị công an xã xây dựng mô hình “Camera an ninh” với nguồn xã hội hóa.",
        (
            "Công an xã vận động nhân dân lắp 120 camera tại các ngõ xóm, kết nối về trụ sở. Tội phạm trộm cắp tài sản "
            "giảm mạnh sau một năm.",
            "Mô hình được Công an tỉnh tổng kết và nhân rộng ra các xã trong tỉnh.",
        ),
        (
            ("Đơn vị quyết thắng", 2022, "", "Công an tỉnh Hải Dương"),
            ("Bằng khen cấp bộ, ban, ngành, đoàn thể trung ương", 2023, "", "Bộ Công an"),
        ),
        (MAIN,),
        None,
        (25, 55, 95),
    ),
    DemoProfile(
        18, "Hợp tác xã Nông nghiệp Gia Xuyên", UNIT, "Hợp tác xã kiểu mới", "huyện Gia Lộc", "Nông nghiệp", P4,
        dt.date(2024, 4, 18),
        "Hợp tác xã làm dịch vụ cơ giới hóa đồng bộ và bao tiêu lúa chất lượng cao cho xã viên.",
        (
            "Hợp tác xã đầu tư máy cấy, máy gặt đập liên hợp và lò sấy, phục vụ hơn 300 ha lúa mỗi vụ.",
            "Xã viên liên kết sản xuất có lợi nhuận cao hơn 25% so với sản xuất nhỏ lẻ.",
        ),
        (
            ("Cờ thi đua cấp tỉnh", 2023, "2601/QĐ-UBND", PROVINCE_UBND),
            ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2021, "", PROVINCE_UBND),
        ),
        (COUNTRYSIDE, ENTERPRISE),
        None,
        (70, 140, 60),
    ),
    DemoProfile(
        19, "Hợp tác xã Dịch vụ Vải thiều Thanh Hà", UNIT, "Hợp tác xã", "huyện Thanh Hà", "Kinh tế", P3,
        dt.date(2023, 7, 1),
        "Hợp tác xã đưa vải thiều ra thị trường quốc tế với mã số vùng trồng và truy xuất nguồn gốc.",
        (
            "Mỗi hộ xã viên được cấp mã số vùng trồng, mỗi lô vải xuất khẩu có mã truy xuất nguồn gốc.",
        ),
        (("Tập thể lao động xuất sắc", 2023, "", "Ủy ban nhân dân tỉnh Hải Dương"),),
        (ENTERPRISE, DIGITAL),
        None,
        (170, 40, 80),
    ),
    DemoProfile(
        20, "Hộ ông Nguyễn Văn Tâm", HOME, "Hộ sản xuất, kinh doanh giỏi, xã An Phú", "thị xã Kinh Môn", "Nông nghiệp", P3,
        dt.date(2022, 10, 14),
        "Gia đình nuôi bò sữa theo mô hình khép kín, tạo việc làm cho 8 lao động địa phương.",
        (
            "Từ 5 con bò giống ban đầu, gia đình ông Tâm phát triển trang trại 60 con, xử lý chất thải bằng hầm biogas.",
        ),
        (
            ("Gia đình văn hóa", 2022, "", "Ủy ban nhân dân xã An Phú"),
            ("Hộ sản xuất, kinh doanh giỏi cấp tỉnh", 2021, "", "Hội Nông dân tỉnh Hải Dương"),
        ),
        (POOR,),
        None,
        (120, 80, 40),
    ),
    DemoProfile(
        21, "Gia đình bà Lê Thị Ê", HOME, "Hộ gia đình, phường Sao Đỏ", "thành phố Chí Linh", "Văn hóa - Xã hội", P2,
        dt.date(2023, 2, 3),
        "Ba thế hệ trong gia đình cùng nhau giữ gìn nếp nhà và giúp đỡ người nghèo trong khu dân cư.",
        (
            "Mỗi tháng, gia đình bà góp gạo và thực phẩm cho “Bếp ăn yêu thương” của phường, phục vụ người bệnh và người "
            "già neo đơn.",
        ),
        (("Gia đình văn hóa", 2022, "", "Ủy ban nhân dân phường Sao Đỏ"),),
        (POOR,),
        None,
        (190, 100, 60),
    ),
    DemoProfile(
        22, "Hộ anh Phạm Văn Ước", HOME, "Hộ gia đình, xã Hồng Phong", "huyện Thanh Miện", "Nông nghiệp", P1,
        dt.date(2025, 4, 2),
        "Hộ gia đình trẻ chuyển ruộng trũng sang mô hình lúa - cá, thu nhập tăng gấp ba.",
        (
            "Anh Ước cải tạo 2 mẫu ruộng trũng kém hiệu quả thành mô hình lúa - cá kết hợp, được Hội Nông dân xã đề xuất "
            "giới thiệu.",
        ),
        (),
        (COUNTRYSIDE,),
        None,
        (60, 110, 150),
    ),
]

# Portraits ---------------------------------------------------------------------------------


def _font(size: int):
    for path in FONT_CANDIDATES:
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def initials(name: str) -> str:
    """Two letters for the portrait: given name and family name for people, first words otherwise."""
    words = [word for word in name.split() if word[:1].isalpha()]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()


def render_portrait(profile: DemoProfile, size: tuple[int, int] = PORTRAIT_SIZE) -> bytes:
    """A deterministic abstract portrait: gradient, a silhouette (person), a building (unit) or a
    house (household), and the initials. Same profile, same bytes."""
    width, height = size
    rng = random.Random(zlib.crc32(profile.import_id.encode()))
    top = profile.colour
    bottom = tuple(min(255, channel + 90) for channel in top)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(1, height - 1)
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    for _ in range(6):
        r = rng.randint(width // 10, width // 4)
        x, y = rng.randint(0, width), rng.randint(0, height)
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(255, 255, 255), width=2)
    light = (250, 244, 230)
    cx = width // 2
    if profile.kind == PERSON:
        head = width // 6
        draw.ellipse([cx - head, height * 0.28 - head, cx + head, height * 0.28 + head], fill=light)
        draw.pieslice([cx - width * 0.38, height * 0.5, cx + width * 0.38, height * 1.1], 180, 360, fill=light)
    elif profile.kind == UNIT:
        base = height * 0.62
        draw.polygon([(cx - width * 0.32, base - height * 0.2), (cx, base - height * 0.36), (cx + width * 0.32, base - height * 0.2)], fill=light)
        for column in range(-2, 3):
            x = cx + column * width * 0.12
            draw.rectangle([x - width * 0.03, base - height * 0.19, x + width * 0.03, base], fill=light)
        draw.rectangle([cx - width * 0.36, base, cx + width * 0.36, base + height * 0.04], fill=light)
    else:
        base = height * 0.62
        draw.polygon([(cx - width * 0.3, base - height * 0.18), (cx, base - height * 0.36), (cx + width * 0.3, base - height * 0.18)], fill=light)
        draw.rectangle([cx - width * 0.24, base - height * 0.18, cx + width * 0.24, base], fill=light)
        draw.rectangle([cx - width * 0.05, base - height * 0.1, cx + width * 0.05, base], fill=top)
    font = _font(int(height * 0.11))
    text = initials(profile.title)
    box = draw.textbbox((0, 0), text, font=font)
    text_width = box[2] - box[0]
    y = height * 0.8
    draw.rounded_rectangle([cx - text_width / 2 - 18, y - 8, cx + text_width / 2 + 18, y + (box[3] - box[1]) + 24], 12, fill=(0, 0, 0))
    draw.text((cx - text_width / 2 - box[0], y - box[1] + 8), text, font=font, fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def portrait_for(profile: DemoProfile, size: tuple[int, int] = PORTRAIT_SIZE) -> tuple[CustomImage, bool]:
    title = f"Ảnh minh họa: {profile.title}"
    image = CustomImage.objects.filter(title=title).first()
    if image is not None:
        return image, False
    image = CustomImage(
        title=title,
        description=f"Hình minh họa trừu tượng cho hồ sơ {profile.title}, không phải ảnh chụp.",
        credit=CREDIT,
        licence=LICENCE,
    )
    image.file = ImageFile(io.BytesIO(render_portrait(profile, size)), name=f"{slugify_vi(profile.title, max_length=60)}.jpg")
    image._set_image_file_metadata()
    image.save()
    return image, True


# Loading -----------------------------------------------------------------------------------


@dataclass
class Summary:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    images: int = 0
    missing_campaigns: set[str] = field(default_factory=set)

    def line(self) -> str:
        text = (
            f"Gương điển hình: tạo mới {self.created}, cập nhật {self.updated}, giữ nguyên {self.unchanged}; "
            f"ảnh minh họa mới {self.images}."
        )
        if self.missing_campaigns:
            text += f" Chưa có phong trào mẫu {', '.join(sorted(self.missing_campaigns))}: bỏ qua liên kết."
        return text


def _writer(out: Any):
    stream = getattr(out, "stdout", out)
    return (lambda message: stream.write(message + "\n")) if stream is not None else (lambda message: None)


def load(out: Any = None, *, update: bool = False, size: tuple[int, int] = PORTRAIT_SIZE) -> Summary:
    """Create (or with ``update`` rewrite) the demo profiles; ``out`` is a stream or a management command."""
    write = _writer(out)
    index = ensure_index_page(ExemplarIndexPage, "Gương điển hình", "guong-dien-hinh")
    if not index.intro:
        index.intro = INDEX_INTRO
        index.save_revision().publish(log_action=False)
    titles = {term.name: term for term in AwardTitle.objects.all()}
    places = {place.name: place for place in Locality.objects.all()}
    Campaign = ExemplarPage._meta.get_field("campaigns").related_model
    campaigns = {c.import_id: c for c in Campaign.objects.filter(import_id__startswith="demo-c")}
    summary = Summary()
    for position, profile in enumerate(PROFILES, start=1):
        outcome = _profile(index, profile, titles, places, campaigns, summary, update, size)
        setattr(summary, outcome, getattr(summary, outcome) + 1)
        if position % 5 == 0 or position == len(PROFILES):
            write(f"  gương điển hình {position}/{len(PROFILES)}")
    write(summary.line())
    return summary


def _profile(index, profile: DemoProfile, titles, places, campaigns, summary: Summary, update: bool, size) -> str:
    page = ExemplarPage.objects.filter(import_id=profile.import_id).first()
    if page is not None and not update:
        return "unchanged"
    created = page is None
    if created:
        page = ExemplarPage(import_id=profile.import_id, live=False)
        page.slug = unique_slug(index, slugify_vi(profile.title, max_length=80))
    image, new_image = portrait_for(profile, size)
    summary.images += int(new_image)
    page.title = profile.title
    page.kind = profile.kind
    page.role = profile.role
    page.locality = places.get(profile.locality) or Locality.objects.get_or_create(name=profile.locality)[0]
    page.field = Field.get_or_create_named(profile.field)
    page.stage = profile.stage
    page.date = profile.date
    page.summary = profile.summary
    page.photo = image
    page.photo_caption = ""
    page.source = "Ban Thi đua - Khen thưởng tỉnh"
    blocks: list[tuple[str, Any]] = [("paragraph", f"<p>{paragraph}</p>") for paragraph in profile.story[:1]]
    if profile.quote:
        blocks.append(("quote", {"text": profile.quote[0], "attribution": profile.quote[1]}))
    blocks += [("paragraph", f"<p>{paragraph}</p>") for paragraph in profile.story[1:]]
    page.story = blocks
    page.is_living_person = profile.kind == PERSON
    page.consent_recorded = True
    page.consent_note = CONSENT_NOTE
    awards = []
    for number, (title, year, decision, issuer) in enumerate(profile.awards):
        # A title the vocabulary lacks ("Hộ sản xuất, kinh doanh giỏi cấp tỉnh") is kept as free text.
        term = titles.get(title)
        awards.append(Award(title=term, title_text="" if term else title, year=year, decision=decision, issuer=issuer, sort_order=number))
    page.awards = awards
    linked = []
    for key in profile.campaigns:
        import_id = f"demo-c{key:02d}"
        if import_id in campaigns:
            linked.append(campaigns[import_id])
        else:
            summary.missing_campaigns.add(import_id)
    page.campaigns = linked
    published_at = dt.datetime.combine(profile.date, dt.time(8, 0), tzinfo=LOCAL_TZ)
    if created:
        page.first_published_at = published_at
        index.add_child(instance=page)
    page.save_revision(log_action=False).publish(log_action=False)
    return "created" if created else "updated"
