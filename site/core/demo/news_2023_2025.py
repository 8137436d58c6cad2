"""Demo news items from 2023 to mid-2025 (see ``articles`` for the whole list)."""

from __future__ import annotations

import datetime as dt

from .fragments import (
    BAO_HD,
    BOARD,
    EXEMPLAR,
    HCM,
    HO_CHI_MINH_QUOTES,
    NOTICE,
    TDKT,
    Article,
)

ARTICLES: list[Article] = [
    Article(
        16, dt.date(2023, 1, 16), TDKT, "conference",
        "Tổng kết công tác thi đua, khen thưởng năm 2022: khen thưởng người lao động trực tiếp tăng rõ",
        "Năm 2022, tỷ lệ khen thưởng người lao động trực tiếp đạt hơn 36%; hồ sơ được thẩm định "
        "đúng hạn, không để tồn đọng.",
        "hoi-nghi", ["tổng kết", "số liệu khen thưởng", "người lao động trực tiếp"],
        event="tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2022, triển khai nhiệm vụ năm 2023",
        host="Hội đồng Thi đua - Khen thưởng tỉnh",
        facts=[
            "Các phong trào thi đua năm 2022 bám sát nhiệm vụ chính trị, nhất là phục hồi sản xuất sau dịch và "
            "xây dựng nông thôn mới nâng cao.",
            "Bảng dưới đây tổng hợp số lượng khen thưởng cấp tỉnh trong năm (số liệu minh họa).",
        ],
        table={
            "caption": "Kết quả khen thưởng cấp tỉnh năm 2022 (số liệu minh họa)",
            "header": ["Hình thức", "Tập thể", "Cá nhân", "Ghi chú"],
            "rows": [
                ["Cờ thi đua của UBND tỉnh", "38", "—", "Đơn vị dẫn đầu cụm, khối"],
                ["Tập thể lao động xuất sắc", "212", "—", ""],
                ["Chiến sĩ thi đua cấp tỉnh", "—", "95", "Có sáng kiến được công nhận"],
                ["Bằng khen của Chủ tịch UBND tỉnh", "486", "1.320", "36% người lao động trực tiếp"],
                ["Khen thưởng đột xuất", "41", "158", ""],
            ],
        },
    ),
    Article(
        17, dt.date(2023, 2, 21), TDKT, "agreement",
        "Cụm thi đua các huyện, thị xã, thành phố ký giao ước thi đua năm 2023",
        "Các địa phương trong cụm cam kết thi đua thu hút đầu tư, giải ngân vốn đầu tư công và giữ vững an "
        "ninh trật tự ở cơ sở.",
        "hoi-nghi", ["cụm khối thi đua", "giao ước thi đua", "địa phương"],
        event="tổ chức ký kết giao ước thi đua năm 2023",
        host="Cụm thi đua các huyện, thị xã, thành phố",
        facts=[
            "Năm 2023, thị xã Kinh Môn được bầu làm cụm trưởng, thành phố Chí Linh làm cụm phó.",
            "Các địa phương thống nhất tăng điểm thưởng cho những mô hình mới có khả năng nhân rộng và giảm điểm "
            "với đơn vị có khiếu nại kéo dài không được giải quyết dứt điểm.",
        ],
        heading="Các chỉ tiêu thi đua chủ yếu",
        bullets=[
            "Hoàn thành kế hoạch thu ngân sách và giải ngân vốn đầu tư công.",
            "Giải quyết kịp thời đơn thư của công dân ngay tại cơ sở.",
            "Có thêm xã đạt chuẩn nông thôn mới nâng cao, kiểu mẫu.",
            "Giữ vững ổn định an ninh chính trị, trật tự an toàn xã hội.",
        ],
    ),
    Article(
        18, dt.date(2023, 3, 16), BOARD, "activity",
        "Quán triệt Luật Thi đua, khen thưởng năm 2022 đến cán bộ chủ chốt",
        "Luật Thi đua, khen thưởng số 06/2022/QH15 có hiệu lực từ ngày 01/01/2024, với nhiều điểm mới về "
        "danh hiệu thi đua, tiêu chuẩn và thẩm quyền khen thưởng.",
        "van-ban", ["Luật Thi đua, khen thưởng", "văn bản pháp luật", "tập huấn"],
        event="tổ chức hội nghị quán triệt Luật Thi đua, khen thưởng năm 2022",
        host="Sở Nội vụ phối hợp với Ban Thi đua - Khen thưởng tỉnh",
        facts=[
            "Báo cáo viên giới thiệu những điểm mới của Luật, trong đó có việc bổ sung nguyên tắc khen thưởng "
            "chú trọng người lao động trực tiếp và quy định rõ hơn trách nhiệm của người đứng đầu.",
            "Các đơn vị được đề nghị rà soát quy chế thi đua, khen thưởng nội bộ để sửa đổi kịp thời trước khi "
            "Luật có hiệu lực.",
        ],
    ),
    Article(
        19, dt.date(2023, 4, 26), EXEMPLAR, "exemplar",
        "Nhóm thanh niên tình nguyện sửa nhà cho người nghèo ở Tứ Kỳ",
        "Sau giờ làm, 15 đoàn viên của một xã ở huyện Tứ Kỳ góp công sửa mái, lát nền, làm lại bếp cho các "
        "gia đình khó khăn trong xã.",
        "chung-tay", ["chung tay vì người nghèo", "thanh niên tình nguyện", "người tốt việc tốt"],
        event="Mỗi chiều thứ Bảy, nhóm thanh niên tình nguyện của một xã ở huyện Tứ Kỳ lại tập trung ở nhà "
        "văn hóa thôn, mang theo xẻng, bay, vữa và những bao xi măng được bà con ủng hộ.",
        source=BAO_HD,
        facts=[
            "Nhóm do anh Lê Văn Tùng, thợ xây, khởi xướng. Trong một năm, các thành viên đã sửa chữa 11 ngôi "
            "nhà, phần lớn là nhà của người cao tuổi sống một mình.",
            "Vật liệu do cán bộ, nhân dân trong xã đóng góp; nhóm nhận công việc nặng, chủ nhà chỉ cần nấu nồi "
            "nước chè xanh cho anh em.",
            "Mô hình được Đoàn Thanh niên huyện nhân rộng như một cách làm thiết thực hưởng ứng phong trào “Chung "
            "tay vì người nghèo - không để ai bị bỏ lại phía sau”.",
        ],
        figure=("chung-tay", "Tinh thần tương thân tương ái lan tỏa trong thanh niên."),
    ),
    Article(
        20, dt.date(2023, 6, 9), TDKT, "conference",
        "Kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
        "Hội nghị ôn lại ý nghĩa Lời kêu gọi thi đua ái quốc (11/6/1948), biểu dương các điển hình tiên tiến "
        "của tỉnh trong hai năm thực hiện Chỉ thị 13/CT-UBND.",
        "co-thi-dua", ["thi đua ái quốc", "kỷ niệm", "điển hình tiên tiến"],
        event="tổ chức hội nghị kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc "
        "(11/6/1948 - 11/6/2023)",
        facts=[
            "Ra đời trong những năm kháng chiến gian khổ, Lời kêu gọi thi đua ái quốc đã trở thành nguồn động "
            "lực để các thế hệ người Việt Nam lao động, chiến đấu và xây dựng đất nước.",
            "Tại Hải Dương, tinh thần ấy hiện diện trong từng phong trào, từ cánh đồng mẫu lớn, nhà xưởng khu "
            "công nghiệp đến lớp học vùng nông thôn.",
            "Dịp này, 50 tập thể và 75 cá nhân tiêu biểu được biểu dương, trong đó có nhiều nông dân, công nhân "
            "và người lao động trực tiếp.",
        ],
        quote=(HO_CHI_MINH_QUOTES[0], HCM),
        caption="Lời kêu gọi thi đua ái quốc vẫn là nguồn cổ vũ cho các phong trào hôm nay.",
    ),
    Article(
        21, dt.date(2023, 7, 20), NOTICE, "notice",
        "Tiếp nhận hồ sơ đề nghị khen thưởng qua hệ thống dịch vụ công trực tuyến",
        "Từ ngày 01/8/2023, các thủ tục khen thưởng thuộc thẩm quyền của Chủ tịch UBND tỉnh được tiếp nhận "
        "trực tuyến, giúp đơn vị theo dõi tình trạng hồ sơ.",
        "chuyen-doi-so", ["dịch vụ công trực tuyến", "chuyển đổi số", "hồ sơ khen thưởng"],
        event="thông báo triển khai tiếp nhận hồ sơ đề nghị khen thưởng qua hệ thống dịch vụ công trực tuyến",
        facts=[
            "Đơn vị đề nghị khen thưởng đăng nhập bằng tài khoản định danh của tổ chức, tải lên tờ trình, danh "
            "sách và báo cáo thành tích đã ký số.",
            "Trong thời gian chuyển tiếp đến hết năm 2023, Ban vẫn tiếp nhận hồ sơ giấy song song với hồ sơ điện "
            "tử để các đơn vị làm quen.",
        ],
    ),
    Article(
        22, dt.date(2023, 9, 14), EXEMPLAR, "exemplar",
        "Nữ bác sĩ trạm y tế xã tận tụy với người bệnh",
        "Gần 15 năm công tác ở trạm y tế một xã của huyện Cẩm Giàng, bác sĩ Trần Thị Mai luôn sẵn sàng đến "
        "tận nhà thăm khám cho người già, người khuyết tật.",
        "y-te", ["y tế cơ sở", "người tốt việc tốt", "phụ nữ"],
        event="Trong sổ tay của bác sĩ Trần Thị Mai có danh sách hơn 120 người cao tuổi, người mắc bệnh mạn "
        "tính trong xã, kèm lịch thăm khám định kỳ của từng người.",
        source=BAO_HD,
        facts=[
            "Những năm dịch bệnh, chị cùng đồng nghiệp trực nhiều đêm liền ở khu cách ly; khi dịch qua đi, chị "
            "lại tập trung quản lý bệnh không lây nhiễm và tiêm chủng cho trẻ em.",
            "Chị đề xuất lập nhóm liên lạc với các gia đình có người bệnh nặng, nhờ đó trạm y tế nắm tình hình "
            "kịp thời và giảm số lần người bệnh phải lên tuyến trên.",
            "Năm 2023, chị được tặng Bằng khen của Chủ tịch UBND tỉnh về thành tích xuất sắc trong chăm sóc sức "
            "khỏe ban đầu cho nhân dân.",
        ],
    ),
    Article(
        23, dt.date(2023, 10, 26), BOARD, "activity",
        "Kiểm tra công tác thi đua, khen thưởng tại một số địa phương",
        "Đoàn kiểm tra ghi nhận nhiều cách làm hay, đồng thời đề nghị khắc phục tình trạng báo cáo thành tích "
        "sơ sài, khen thưởng còn nặng về lãnh đạo.",
        "van-ban", ["kiểm tra", "quản lý nhà nước", "công tác thi đua"],
        event="tổ chức đoàn kiểm tra công tác thi đua, khen thưởng tại huyện Bình Giang, Thanh Miện và thị xã "
        "Kinh Môn",
        host="Ban Thi đua - Khen thưởng tỉnh",
        facts=[
            "Các địa phương đều kiện toàn Hội đồng Thi đua - Khen thưởng, ban hành quy chế và tổ chức sơ kết "
            "các phong trào theo kế hoạch.",
            "Một số xã còn lúng túng khi xác định thành tích của người lao động trực tiếp; hồ sơ lưu trữ chưa "
            "đầy đủ, khó tra cứu.",
        ],
        heading="Kiến nghị của đoàn kiểm tra",
        bullets=[
            "Công khai danh sách đề nghị khen thưởng tại cơ sở trước khi trình.",
            "Lưu trữ hồ sơ khen thưởng cả bản giấy và bản điện tử.",
            "Tăng khen thưởng đột xuất cho người có việc làm tốt.",
        ],
    ),
    Article(
        24, dt.date(2023, 12, 7), NOTICE, "notice",
        "Thông báo thời hạn gửi hồ sơ khen thưởng tổng kết năm 2023",
        "Hồ sơ khen thưởng tổng kết năm 2023 gửi trước ngày 10/01/2024; các đơn vị lưu ý chuẩn bị cho việc áp "
        "dụng Luật Thi đua, khen thưởng năm 2022 từ ngày 01/01/2024.",
        "van-ban", ["hồ sơ khen thưởng", "tổng kết năm", "Luật Thi đua, khen thưởng"],
        event="thông báo thời hạn gửi hồ sơ đề nghị khen thưởng tổng kết năm 2023",
        facts=[
            "Hồ sơ đề nghị tặng Cờ thi đua, danh hiệu “Tập thể lao động xuất sắc”, “Chiến sĩ thi đua cấp tỉnh” "
            "và Bằng khen của Chủ tịch UBND tỉnh gửi trước ngày 10/01/2024.",
            "Hồ sơ được ưu tiên gửi qua hệ thống dịch vụ công trực tuyến; bản giấy chỉ áp dụng với các trường "
            "hợp có tài liệu không số hóa được.",
        ],
    ),
    Article(
        25, dt.date(2024, 1, 11), BOARD, "activity",
        "Triển khai Nghị định 98/2023/NĐ-CP hướng dẫn Luật Thi đua, khen thưởng",
        "Ban Thi đua - Khen thưởng tỉnh hướng dẫn các đơn vị áp dụng quy định mới về hồ sơ, thủ tục và tiêu "
        "chuẩn khen thưởng từ đầu năm 2024.",
        "van-ban", ["Nghị định 98/2023/NĐ-CP", "Luật Thi đua, khen thưởng", "văn bản pháp luật"],
        event="tổ chức hội nghị trực tuyến triển khai Nghị định số 98/2023/NĐ-CP của Chính phủ quy định chi "
        "tiết thi hành Luật Thi đua, khen thưởng",
        host="Ban Thi đua - Khen thưởng tỉnh",
        facts=[
            "Hội nghị được kết nối tới các huyện, thị xã, thành phố để cán bộ cấp xã cùng theo dõi, trao đổi.",
            "Các câu hỏi tập trung vào cách xác định thành tích, tỷ lệ khen thưởng và hồ sơ khen thưởng theo thủ "
            "tục đơn giản.",
        ],
        quote=(HO_CHI_MINH_QUOTES[2], HCM),
    ),
    Article(
        26, dt.date(2024, 1, 25), TDKT, "ceremony",
        "Trao Cờ thi đua, Bằng khen cho các tập thể, cá nhân xuất sắc năm 2023",
        "38 tập thể dẫn đầu các cụm, khối thi đua nhận Cờ thi đua của UBND tỉnh; hàng trăm tập thể, cá nhân "
        "được tặng Bằng khen.",
        "le-trao-thuong", ["Cờ thi đua", "Bằng khen", "Chiến sĩ thi đua"],
        event="tổ chức lễ trao Cờ thi đua, danh hiệu “Chiến sĩ thi đua cấp tỉnh” và Bằng khen năm 2023",
        facts=[
            "Trong số các cá nhân được công nhận “Chiến sĩ thi đua cấp tỉnh” có giáo viên, bác sĩ, kỹ sư và nhiều "
            "công nhân có sáng kiến giúp doanh nghiệp tiết kiệm chi phí.",
            "Tỉnh cũng trao Bằng khen cho các tập thể tiêu biểu trong xây dựng nông thôn mới kiểu mẫu và chuyển "
            "đổi số.",
        ],
        figure=("co-thi-dua", "Cờ thi đua của UBND tỉnh trao cho các đơn vị dẫn đầu."),
    ),
    Article(
        27, dt.date(2024, 3, 6), TDKT, "agreement",
        "Khối thi đua văn hóa - xã hội ký kết giao ước thi đua năm 2024",
        "Các đơn vị trong khối thống nhất thi đua nâng cao chất lượng dịch vụ giáo dục, y tế, văn hóa và chăm "
        "lo an sinh xã hội.",
        "van-hoa", ["cụm khối thi đua", "giao ước thi đua", "văn hóa xã hội"],
        event="tổ chức hội nghị ký kết giao ước thi đua năm 2024",
        host="Khối thi đua các sở, ngành văn hóa - xã hội",
        facts=[
            "Khối gồm các sở phụ trách giáo dục, y tế, văn hóa - thể thao - du lịch, lao động - thương binh và xã "
            "hội cùng một số cơ quan báo chí của tỉnh.",
            "Các đơn vị cam kết thi đua phát huy giá trị văn hóa xứ Đông, đẩy mạnh phong trào “Toàn dân đoàn kết "
            "xây dựng đời sống văn hóa” và các hoạt động đền ơn đáp nghĩa.",
        ],
    ),
    Article(
        28, dt.date(2024, 4, 18), EXEMPLAR, "exemplar",
        "Người công nhân với những sáng kiến tiết kiệm hàng trăm triệu đồng",
        "Anh Nguyễn Văn Quân, công nhân bảo trì tại một khu công nghiệp ở Cẩm Giàng, có 6 sáng kiến cải tiến "
        "kỹ thuật được doanh nghiệp áp dụng.",
        "doanh-nghiep", ["lao động sáng tạo", "sáng kiến", "công nhân", "người tốt việc tốt"],
        event="Bước vào xưởng bảo trì, anh Nguyễn Văn Quân vẫn giữ thói quen mang theo cuốn sổ nhỏ ghi lại "
        "những trục trặc của máy móc mà anh gặp trong ca.",
        source=BAO_HD,
        facts=[
            "Từ những ghi chép ấy, anh cải tiến bộ gá kẹp của dây chuyền dập, giúp giảm thời gian thay khuôn từ "
            "40 phút xuống còn 15 phút.",
            "Các sáng kiến của anh được ước tính giúp doanh nghiệp tiết kiệm hơn 500 triệu đồng mỗi năm; anh "
            "được công nhận danh hiệu “Chiến sĩ thi đua cấp tỉnh”.",
            "Anh còn chủ động kèm cặp công nhân trẻ, truyền lại kinh nghiệm sửa chữa cho tổ bảo trì.",
        ],
        quote=("Máy hỏng một lần là mình có thêm một bài học, đừng để nó hỏng lần thứ hai.", "Anh Nguyễn Văn Quân"),
    ),
    Article(
        29, dt.date(2024, 6, 20), TDKT, "conference",
        "Sơ kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn 2021 - 2024",
        "Tỷ lệ gia đình văn hóa, khu dân cư văn hóa tiếp tục tăng; nhiều lễ hội truyền thống được tổ chức văn "
        "minh, tiết kiệm.",
        "van-hoa", ["đời sống văn hóa", "sơ kết", "văn hóa xứ Đông"],
        event="tổ chức hội nghị sơ kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” giai đoạn "
        "2021 - 2024",
        host="Ban Chỉ đạo phong trào của tỉnh",
        facts=[
            "Phong trào gắn với việc giữ gìn các giá trị văn hóa xứ Đông: ca trù, hát chèo, các di tích và lễ hội "
            "truyền thống trên địa bàn.",
            "Việc thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội có nhiều chuyển biến; nhiều "
            "thôn, khu dân cư tự xây dựng hương ước, quy ước phù hợp.",
            "Hội nghị biểu dương các tập thể, cá nhân tiêu biểu, trong đó có nhiều nghệ nhân tâm huyết truyền dạy "
            "di sản cho thế hệ trẻ.",
        ],
        caption="Giữ gìn văn hóa xứ Đông gắn với phong trào xây dựng đời sống văn hóa.",
    ),
    Article(
        30, dt.date(2024, 9, 20), TDKT, "ceremony",
        "Khen thưởng đột xuất tập thể, cá nhân có thành tích khắc phục hậu quả bão số 3",
        "Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể, cá nhân đã xuất sắc trong ứng phó, khắc phục hậu "
        "quả cơn bão số 3 năm 2024.",
        "khac-phuc-bao", ["khen thưởng đột xuất", "bão số 3", "phòng chống thiên tai"],
        event="tổ chức trao Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong phòng, chống và "
        "khắc phục hậu quả cơn bão số 3",
        facts=[
            "Ngay sau khi bão tan, lực lượng quân đội, công an, dân quân và đoàn viên thanh niên đã ra quân dọn "
            "dẹp cây đổ, khơi thông đường giao thông, giúp nhân dân dựng lại nhà cửa.",
            "Ban Thi đua - Khen thưởng tỉnh tổ chức thẩm định hồ sơ theo thủ tục đơn giản, bảo đảm khen thưởng "
            "kịp thời khi tấm gương còn nóng hổi.",
        ],
        figure=("khac-phuc-bao", "Các lực lượng giúp nhân dân khắc phục hậu quả bão."),
    ),
    Article(
        31, dt.date(2024, 10, 15), EXEMPLAR, "exemplar",
        "Chàng trai lái máy cẩu cứu hộ cây đổ trong đêm bão",
        "Trong đêm mưa bão, anh Phạm Đức Long tự nguyện đưa máy cẩu của gia đình đi dọn cây đổ chắn ngang các "
        "tuyến đường trong xã.",
        "khac-phuc-bao", ["bão số 3", "người tốt việc tốt", "thanh niên"],
        event="Gần nửa đêm, khi gió bão còn mạnh, anh Phạm Đức Long, 29 tuổi, ở huyện Kim Thành nhận được "
        "tin một cây lớn đổ chắn lối vào trạm y tế xã.",
        source=BAO_HD,
        facts=[
            "Anh lập tức lái chiếc xe cẩu vẫn dùng để chở vật liệu xây dựng ra hiện trường, cùng lực lượng dân "
            "quân cẩu dọn cây, mở đường cho xe cấp cứu.",
            "Trong ba ngày sau đó, anh không nhận tiền công, làm việc liên tục trên các tuyến đường liên thôn, "
            "chỉ xin nhân dân góp dầu cho xe.",
            "Anh được Chủ tịch UBND tỉnh tặng Bằng khen đột xuất cùng nhiều tập thể, cá nhân khác.",
        ],
    ),
    Article(
        32, dt.date(2024, 12, 5), NOTICE, "notice",
        "Hướng dẫn đề nghị khen thưởng tổng kết năm 2024",
        "Các cơ quan, đơn vị gửi hồ sơ đề nghị khen thưởng tổng kết năm 2024 trước ngày 08/01/2025 qua hệ "
        "thống dịch vụ công trực tuyến.",
        "van-ban", ["hồ sơ khen thưởng", "tổng kết năm", "dịch vụ công trực tuyến"],
        event="hướng dẫn việc đề nghị khen thưởng tổng kết năm 2024",
        facts=[
            "Hồ sơ lập theo mẫu quy định tại Nghị định số 98/2023/NĐ-CP; báo cáo thành tích phải nêu số liệu cụ "
            "thể, so sánh với chỉ tiêu được giao.",
            "Đơn vị chịu trách nhiệm về tính chính xác của thành tích và việc công khai danh sách tại cơ quan "
            "trước khi trình.",
        ],
        heading="Thời hạn",
        bullets=[
            "Trước ngày 31/12/2024: các cụm, khối gửi kết quả chấm điểm, suy tôn.",
            "Trước ngày 08/01/2025: gửi hồ sơ đề nghị khen thưởng.",
        ],
    ),
    Article(
        33, dt.date(2025, 1, 15), TDKT, "conference",
        "Công tác thi đua, khen thưởng năm 2024: nhiều điển hình từ người lao động trực tiếp",
        "Năm 2024, các phong trào thi đua góp phần để tỉnh hoàn thành phần lớn chỉ tiêu kinh tế - xã hội, vượt "
        "qua thiệt hại do bão số 3.",
        "hoi-nghi", ["tổng kết", "điển hình tiên tiến", "người lao động trực tiếp"],
        event="tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024",
        host="Hội đồng Thi đua - Khen thưởng tỉnh",
        facts=[
            "Khen thưởng đột xuất được thực hiện nhanh chóng, nhất là trong phòng, chống và khắc phục hậu quả "
            "thiên tai.",
            "Việc tiếp nhận hồ sơ trực tuyến giúp rút ngắn thời gian xử lý; phần lớn hồ sơ năm 2024 được gửi qua "
            "hệ thống điện tử.",
            "Năm 2025 là năm cuối của kế hoạch 5 năm; hội nghị đề nghị các đơn vị chuẩn bị tổng kết các phong "
            "trào thi đua giai đoạn 2021 - 2025 chu đáo, thực chất.",
        ],
    ),
    Article(
        34, dt.date(2025, 3, 12), BOARD, "activity",
        "Số hóa hồ sơ khen thưởng lưu trữ từ năm 2010",
        "Hơn 20.000 hồ sơ khen thưởng được quét, gắn mã và đưa vào cơ sở dữ liệu, giúp tra cứu, xác nhận "
        "khen thưởng nhanh hơn.",
        "chuyen-doi-so", ["chuyển đổi số", "lưu trữ", "cơ sở dữ liệu"],
        event="hoàn thành giai đoạn đầu số hóa hồ sơ khen thưởng lưu trữ",
        host="Ban Thi đua - Khen thưởng tỉnh",
        facts=[
            "Mỗi hồ sơ được gắn thông tin về đối tượng, hình thức khen thưởng, số và ngày quyết định để tìm "
            "kiếm theo nhiều tiêu chí.",
            "Việc tra cứu trước đây mất nhiều ngày nay chỉ cần vài phút, thuận lợi cho việc xác nhận thành tích "
            "khi xét các hình thức khen thưởng cao hơn.",
        ],
    ),
    Article(
        35, dt.date(2025, 4, 17), NOTICE, "notice",
        "Hướng dẫn tổng kết, khen thưởng thực hiện Chỉ thị 13/CT-UBND giai đoạn 2021 - 2025",
        "Các sở, ngành, địa phương tổ chức tổng kết phong trào thi đua giai đoạn 2021 - 2025 và gửi báo cáo "
        "trước ngày 30/5/2025.",
        "van-ban", ["Chỉ thị 13/CT-UBND", "tổng kết", "kế hoạch 5 năm"],
        event="hướng dẫn tổng kết và khen thưởng thực hiện phong trào thi đua theo Chỉ thị số 13/CT-UBND, "
        "giai đoạn 2021 - 2025",
        facts=[
            "Báo cáo tổng kết đánh giá kết quả từng phong trào, những mô hình mới, điển hình tiên tiến được phát "
            "hiện và nhân rộng trong giai đoạn.",
            "Mỗi đơn vị lựa chọn số lượng khen thưởng hợp lý, ưu tiên tập thể nhỏ và người lao động trực tiếp có "
            "thành tích tiêu biểu trong cả giai đoạn.",
        ],
    ),
    Article(
        36, dt.date(2025, 5, 22), TDKT, "conference",
        "Tổng kết phong trào “Chung tay vì người nghèo - không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025",
        "Sau 5 năm, nhiều nhà đại đoàn kết được xây mới, sửa chữa; nhiều hộ nghèo có sinh kế ổn định và vươn "
        "lên thoát nghèo bền vững.",
        "chung-tay", ["chung tay vì người nghèo", "tổng kết", "an sinh xã hội"],
        event="tổ chức hội nghị tổng kết phong trào thi đua “Chung tay vì người nghèo - không để ai bị bỏ lại "
        "phía sau” giai đoạn 2021 - 2025",
        host="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp với Hội đồng Thi đua - Khen thưởng tỉnh",
        facts=[
            "Nguồn lực cho phong trào đến từ nhiều phía: ngân sách nhà nước, quỹ “Vì người nghèo”, doanh nghiệp và "
            "sự đóng góp của từng người dân.",
            "Nhiều cách làm sáng tạo được ghi nhận, như hỗ trợ sinh kế bằng con giống, cây trồng thay cho trợ cấp "
            "bằng tiền, giúp hộ nghèo tự chủ làm ăn.",
        ],
        figure=("chung-tay", "Phong trào vì người nghèo lan tỏa tới từng khu dân cư."),
    ),
]
