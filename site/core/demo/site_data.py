"""The demo office: contact details, news categories, home page text, menu and related websites.

The address and numbers are plausible but made up; the responsible person is a title, not a name.
"""

from __future__ import annotations

from .fragments import BOARD, EXEMPLAR, NOTICE, TDKT

OFFICE = {
    "office_name": "Ban Thi đua - Khen thưởng tỉnh Hải Dương",
    "parent_body": "Sở Nội vụ tỉnh Hải Dương",
    "address": "Số 58 Quang Trung, phường Quang Trung, TP Hải Dương, tỉnh Hải Dương",
    "phone": "0220 3852 316",
    "fax": "0220 3852 317",
    "email": "bantdkt@haiduong.gov.vn",
    "responsible_person": "Trưởng Ban Thi đua - Khen thưởng tỉnh",
    "licence_note": "Ghi rõ nguồn “Ban Thi đua - Khen thưởng tỉnh Hải Dương” khi phát hành lại thông tin từ trang này.",
}

# (name, description); the order is the order of the category filter on the news index.
CATEGORIES = [
    (TDKT, "Tin về các phong trào thi đua, hội nghị sơ kết, tổng kết và lễ trao danh hiệu, khen thưởng."),
    (NOTICE, "Thông báo, hướng dẫn về thời hạn và hồ sơ đề nghị khen thưởng."),
    (EXEMPLAR, "Những tấm gương người tốt, việc tốt, điển hình tiên tiến trong các phong trào thi đua."),
    (BOARD, "Hoạt động chuyên môn của Ban Thi đua - Khen thưởng tỉnh."),
]

HOME_INTRO = (
    "Trang thông tin của Ban Thi đua - Khen thưởng tỉnh Hải Dương: tin tức phong trào thi đua yêu nước, "
    "thông báo, hướng dẫn khen thưởng và những tấm gương người tốt, việc tốt trên quê hương xứ Đông."
)
NOTICE_CATEGORY = NOTICE
HOME_SEO_TITLE = "Ban Thi đua - Khen thưởng tỉnh Hải Dương"
# import_ids of the articles the editors "chose" for the home page, in display order.
HOME_FEATURED = ["demo-n33", "demo-n30", "demo-n26"]
# import_id of the campaign page in the "highlighted movement" block: the 2021 – 2025 movement
# that Directive 13/CT-UBND launched.
HOME_HIGHLIGHT = "demo-c01"

NEWS_INDEX = {
    "title": "Tin tức",
    "slug": "tin-tuc",
    "intro": "Tin hoạt động thi đua, khen thưởng, thông báo và gương người tốt, việc tốt của tỉnh Hải Dương.",
}

# Menu entries: (label, target). A target is "home", "news", "news:<category slug>", "search:<query>"
# or "page:<slug>" for a section page other apps create under the home page; an entry whose page
# does not exist is left out rather than linked to nowhere.
MENU = [
    ("Trang chủ", "home"),
    ("Tin tức", "news"),
    ("Thông báo", "news:thong-bao"),
    ("Văn bản", "page:van-ban"),
    ("Phong trào thi đua", "page:phong-trao-thi-dua"),
    ("Gương điển hình", "page:guong-dien-hinh"),
    ("Tìm kiếm", "search:"),
]

RELATED_LINKS = [
    ("Cổng thông tin điện tử tỉnh Hải Dương", "https://haiduong.gov.vn/"),
    ("Ban Thi đua - Khen thưởng Trung ương", "https://thiduakhenthuongvn.org.vn/"),
    ("Bộ Nội vụ", "https://moha.gov.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Báo Hải Dương", "https://baohaiduong.vn/"),
]

DEMO_USERS = [
    # (username, group name, label printed at the end)
    ("bientap", "Biên tập viên", "biên tập viên"),
    ("duyettin", "Lãnh đạo duyệt tin", "lãnh đạo duyệt tin"),
]
