"""Seed the award vocabulary of the Law on Emulation and Commendation 2022 (Luật Thi đua, khen thưởng
số 06/2022/QH15) and the places of Hải Dương province as they were named until the 2025 reorganisation.

``rank`` orders every title and form of commendation on one scale (higher is more senior) so that a
profile card can show the highest award; editors may adjust it. Idempotent: a term or a place that
exists (by name or slug) is left as the editors made it. Reversing leaves the data in place, since
profiles may already refer to it.
"""

import datetime as dt

from django.db import migrations
from django.db.models import Q

from core.text import slugify_vi

EMULATION = "danh-hieu"
COMMENDATION = "khen-thuong"

# (name, category, rank), most senior first.
AWARD_TITLES = [
    ("Huân chương Sao vàng", COMMENDATION, 1000),
    ("Huân chương Hồ Chí Minh", COMMENDATION, 980),
    ("Anh hùng Lực lượng vũ trang nhân dân", COMMENDATION, 970),
    ("Anh hùng Lao động", COMMENDATION, 970),
    ("Bà mẹ Việt Nam anh hùng", COMMENDATION, 970),
    ("Giải thưởng Hồ Chí Minh", COMMENDATION, 965),
    ("Huân chương Độc lập hạng Nhất", COMMENDATION, 950),
    ("Huân chương Quân công hạng Nhất", COMMENDATION, 950),
    ("Huân chương Độc lập hạng Nhì", COMMENDATION, 940),
    ("Huân chương Quân công hạng Nhì", COMMENDATION, 940),
    ("Huân chương Độc lập hạng Ba", COMMENDATION, 930),
    ("Huân chương Quân công hạng Ba", COMMENDATION, 930),
    ("Giải thưởng Nhà nước", COMMENDATION, 920),
    ("Nhà giáo Nhân dân", COMMENDATION, 915),
    ("Thầy thuốc Nhân dân", COMMENDATION, 915),
    ("Nghệ sĩ Nhân dân", COMMENDATION, 915),
    ("Nghệ nhân Nhân dân", COMMENDATION, 915),
    ("Huân chương Lao động hạng Nhất", COMMENDATION, 900),
    ("Huân chương Bảo vệ Tổ quốc hạng Nhất", COMMENDATION, 900),
    ("Huân chương Chiến công hạng Nhất", COMMENDATION, 900),
    ("Huân chương Lao động hạng Nhì", COMMENDATION, 890),
    ("Huân chương Bảo vệ Tổ quốc hạng Nhì", COMMENDATION, 890),
    ("Huân chương Chiến công hạng Nhì", COMMENDATION, 890),
    ("Huân chương Lao động hạng Ba", COMMENDATION, 880),
    ("Huân chương Bảo vệ Tổ quốc hạng Ba", COMMENDATION, 880),
    ("Huân chương Chiến công hạng Ba", COMMENDATION, 880),
    ("Nhà giáo Ưu tú", COMMENDATION, 870),
    ("Thầy thuốc Ưu tú", COMMENDATION, 870),
    ("Nghệ sĩ Ưu tú", COMMENDATION, 870),
    ("Nghệ nhân Ưu tú", COMMENDATION, 870),
    ("Huân chương Dũng cảm", COMMENDATION, 860),
    ("Huân chương Hữu nghị", COMMENDATION, 850),
    ("Huy chương Quân kỳ quyết thắng", COMMENDATION, 820),
    ("Huy chương Vì an ninh Tổ quốc", COMMENDATION, 820),
    ("Huy chương Chiến sĩ vẻ vang hạng Nhất", COMMENDATION, 810),
    ("Huy chương Chiến sĩ vẻ vang hạng Nhì", COMMENDATION, 805),
    ("Huy chương Chiến sĩ vẻ vang hạng Ba", COMMENDATION, 800),
    ("Huy chương Hữu nghị", COMMENDATION, 800),
    ("Chiến sĩ thi đua toàn quốc", EMULATION, 780),
    ("Cờ thi đua của Chính phủ", EMULATION, 780),
    ("Bằng khen của Thủ tướng Chính phủ", COMMENDATION, 760),
    ("Chiến sĩ thi đua cấp bộ, ban, ngành", EMULATION, 700),
    ("Chiến sĩ thi đua cấp tỉnh", EMULATION, 700),
    ("Cờ thi đua cấp bộ, ban, ngành", EMULATION, 700),
    ("Cờ thi đua cấp tỉnh", EMULATION, 700),
    ("Bằng khen cấp bộ, ban, ngành, đoàn thể trung ương", COMMENDATION, 650),
    ("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", COMMENDATION, 650),
    ("Tập thể lao động xuất sắc", EMULATION, 600),
    ("Đơn vị quyết thắng", EMULATION, 600),
    ("Chiến sĩ thi đua cơ sở", EMULATION, 550),
    ("Kỷ niệm chương", COMMENDATION, 500),
    ("Giấy khen", COMMENDATION, 400),
    ("Lao động tiên tiến", EMULATION, 300),
    ("Chiến sĩ tiên tiến", EMULATION, 300),
    ("Tập thể lao động tiên tiến", EMULATION, 300),
    ("Đơn vị tiên tiến", EMULATION, 300),
    ("Thôn, tổ dân phố văn hóa", EMULATION, 250),
    ("Gia đình văn hóa", EMULATION, 200),
]

PROVINCE, DISTRICT = "tinh", "huyen"
# Provinces and district-level units ceased on 30 June 2025: provinces merged from 1 July 2025
# (Nghị quyết số 202/2025/QH15) and the district level was abolished on the same day.
LAST_DAY = dt.date(2025, 6, 30)
PROVINCE_NAME = "tỉnh Hải Dương"
SUCCESSOR_NAME = "thành phố Hải Phòng"
# In 2021 the province had two cities, one town and nine districts.
DISTRICTS = [
    "thành phố Hải Dương",
    "thành phố Chí Linh",
    "thị xã Kinh Môn",
    "huyện Bình Giang",
    "huyện Cẩm Giàng",
    "huyện Gia Lộc",
    "huyện Kim Thành",
    "huyện Nam Sách",
    "huyện Ninh Giang",
    "huyện Thanh Hà",
    "huyện Thanh Miện",
    "huyện Tứ Kỳ",
]


def seed_awards(apps, schema_editor):
    AwardTitle = apps.get_model("exemplars", "AwardTitle")
    for position, (name, category, rank) in enumerate(AWARD_TITLES, start=1):
        slug = slugify_vi(name, max_length=150)
        if AwardTitle.objects.filter(Q(name__iexact=name) | Q(slug=slug)).exists():
            continue
        AwardTitle.objects.create(name=name, slug=slug, category=category, rank=rank, sort_order=position * 10)


def seed_places(apps, schema_editor):
    Locality = apps.get_model("exemplars", "Locality")
    successor, _ = Locality.objects.get_or_create(name=SUCCESSOR_NAME, defaults={"level": PROVINCE})
    province, _ = Locality.objects.get_or_create(
        name=PROVINCE_NAME, defaults={"level": PROVINCE, "valid_until": LAST_DAY, "successor": successor}
    )
    for name in DISTRICTS:
        Locality.objects.get_or_create(
            name=name, defaults={"level": DISTRICT, "parent": province, "valid_until": LAST_DAY}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("exemplars", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(seed_awards, migrations.RunPython.noop),
        migrations.RunPython(seed_places, migrations.RunPython.noop),
    ]
