"""Demo news items from August 2021 to the end of 2022 (see ``articles`` for the whole list)."""

from __future__ import annotations

import datetime as dt

from .fragments import (
    BAO_HD,
    BOARD,
    DIRECTIVE_13,
    DIRECTIVE_34,
    EXEMPLAR,
    HCM,
    HO_CHI_MINH_QUOTES,
    NOTICE,
    PORTAL,
    TDKT,
    THEME_NATION,
    THEME_PROVINCE,
    Article,
)

ARTICLES: list[Article] = [
    Article(
        1, dt.date(2021, 8, 26), TDKT, "launch",
        "UBND tỉnh phát động thi đua thực hiện thắng lợi nhiệm vụ năm 2021 và kế hoạch 5 năm 2021 - 2025",
        "Chỉ thị số 13/CT-UBND yêu cầu các sở, ngành, địa phương đổi mới cách tổ chức phong trào thi đua, "
        "gắn với mục tiêu của Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII và nhiệm vụ vừa chống dịch, vừa "
        "phục hồi kinh tế.",
        "co-thi-dua", ["Chỉ thị 13/CT-UBND", "phát động thi đua", "kế hoạch 5 năm"],
        event="ban hành Chỉ thị số 13/CT-UBND về phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển "
        "kinh tế - xã hội năm 2021 và kế hoạch 5 năm 2021 - 2025",
        source=PORTAL,
        facts=[
            f"Chỉ thị đề nghị các cấp, các ngành tiếp tục học tập tư tưởng thi đua yêu nước của Chủ tịch Hồ Chí "
            f"Minh và thực hiện {DIRECTIVE_34} về đổi mới công tác thi đua, khen thưởng, trong đó đề cao trách "
            f"nhiệm của người đứng đầu và của Hội đồng Thi đua - Khen thưởng các cấp.",
            f"Các phong trào được tổ chức theo chủ đề “{THEME_NATION}” của Đại hội Thi đua yêu nước toàn quốc "
            f"lần thứ X và chủ đề “{THEME_PROVINCE}” của Đại hội Thi đua yêu nước tỉnh lần thứ V, giai đoạn "
            f"2020 - 2025.",
            "Trong bối cảnh dịch Covid-19 còn phức tạp, tỉnh khuyến khích tinh thần “Mỗi người làm việc bằng "
            "hai” để sớm bù đắp phần tăng trưởng bị mất, đồng thời khen thưởng kịp thời những tập thể, cá nhân "
            "đi đầu trong thực hiện “mục tiêu kép”.",
        ],
        heading="Những nội dung thi đua trọng tâm",
        bullets=[
            "Phát triển kinh tế nhanh, bền vững theo hướng tăng trưởng xanh, ưu tiên công nghiệp công nghệ cao, "
            "công nghiệp hỗ trợ và nông nghiệp hàng hóa ứng dụng công nghệ cao.",
            "Tiếp tục các phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển” và “Cả nước chung sức xây "
            "dựng nông thôn mới”, hướng tới nông thôn mới nâng cao, kiểu mẫu.",
            "Đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” và “Chung tay vì người nghèo - "
            "không để ai bị bỏ lại phía sau”.",
            "Thi đua cải cách hành chính và thực hiện văn hóa công sở trong đội ngũ cán bộ, công chức, viên chức.",
        ],
        quote=(HO_CHI_MINH_QUOTES[1], HCM),
        caption="Chỉ thị 13/CT-UBND mở đầu chặng đường thi đua 2021 - 2025 của tỉnh.",
    ),
    Article(
        2, dt.date(2021, 8, 30), TDKT, "launch",
        "Hải Dương triển khai phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025”",
        "Phong trào hướng tới chính quyền số, kinh tế số và xã hội số; mỗi cơ quan, đơn vị đăng ký ít nhất "
        "một sáng kiến ứng dụng công nghệ thông tin trong năm.",
        "chuyen-doi-so", ["chuyển đổi số", "cải cách hành chính", "phát động thi đua"],
        event="phát động phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn tỉnh",
        facts=[
            "Theo kế hoạch, các sở, ngành và địa phương thi đua đưa dịch vụ công trực tuyến vào sử dụng thực "
            "chất, số hóa hồ sơ, giấy tờ và dùng chung dữ liệu giữa các cơ quan nhà nước.",
            "Doanh nghiệp và hợp tác xã được khuyến khích chuyển sang hóa đơn điện tử, thanh toán không dùng "
            "tiền mặt và bán hàng trên các sàn thương mại điện tử.",
            "Công tác thi đua, khen thưởng cũng là một lĩnh vực phải chuyển đổi: hồ sơ đề nghị khen thưởng "
            "từng bước được tiếp nhận và theo dõi trên môi trường mạng.",
        ],
        caption="Chuyển đổi số là một nội dung thi đua xuyên suốt giai đoạn 2021 - 2025.",
    ),
    Article(
        3, dt.date(2021, 9, 9), EXEMPLAR, "exemplar",
        "Cô giáo vùng chiêm trũng Ninh Giang giữ nhịp dạy học trực tuyến mùa dịch",
        "Khi trường phải chuyển sang dạy học trực tuyến, cô Phạm Thị Lan đã tự làm hàng trăm bài giảng điện "
        "tử và đến tận nhà hỗ trợ những học sinh không có thiết bị học.",
        "giao-duc", ["dạy tốt học tốt", "giáo dục", "người tốt việc tốt"],
        event="Hơn hai mươi năm đứng lớp ở một trường tiểu học của huyện Ninh Giang, cô Phạm Thị Lan chưa "
        "từng nghĩ có ngày phải dạy học trò qua màn hình điện thoại.",
        source=BAO_HD,
        facts=[
            "Những ngày đầu học trực tuyến, lớp của cô có 7 em không có điện thoại hay máy tính. Cô cùng ban "
            "đại diện cha mẹ học sinh vận động được 5 máy tính bảng cũ, còn 2 em được cô giao phiếu bài tập "
            "tận nhà mỗi tuần.",
            "Cô tự học cách quay video, thiết kế bài giảng có hình ảnh, trò chơi để giữ sự chú ý của các em. "
            "Nhiều bài giảng của cô được tổ chuyên môn chia sẻ cho các lớp khác trong trường.",
            "Cuối năm học, toàn bộ học sinh của lớp hoàn thành chương trình; cô được công nhận danh hiệu "
            "“Lao động tiên tiến” và được đề nghị tặng Giấy khen trong phong trào thi đua “Dạy tốt, học tốt”.",
        ],
        quote=("Học trò không bỏ lớp thì cô cũng không được phép bỏ cuộc.", "Cô giáo Phạm Thị Lan"),
    ),
    Article(
        4, dt.date(2021, 9, 21), BOARD, "activity",
        "Hướng dẫn khen thưởng kịp thời trong phòng, chống dịch Covid-19",
        "Ban Thi đua - Khen thưởng tỉnh đề nghị rút ngắn thời gian xét khen thưởng đột xuất cho tập thể, cá "
        "nhân trực tiếp tham gia phòng, chống dịch, ưu tiên người lao động ở tuyến đầu.",
        "y-te", ["Covid-19", "khen thưởng đột xuất", "mục tiêu kép"],
        event="có văn bản hướng dẫn các cơ quan, địa phương khen thưởng tập thể, cá nhân có thành tích trong "
        "phòng, chống dịch Covid-19",
        host="Ban Thi đua - Khen thưởng tỉnh",
        facts=[
            "Hưởng ứng đợt thi đua đặc biệt “Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng chống và "
            "chiến thắng đại dịch Covid-19”, văn bản nhấn mạnh khen thưởng phải đúng người, đúng việc, không "
            "chờ đến cuối đợt dịch.",
            "Đối tượng được ưu tiên là nhân viên y tế, lực lượng công an, quân đội, tình nguyện viên tại các "
            "chốt kiểm soát và khu cách ly, cùng các doanh nghiệp vừa duy trì sản xuất, vừa bảo đảm an toàn.",
            "Hồ sơ khen thưởng đột xuất được lập theo thủ tục đơn giản; Ban Thi đua - Khen thưởng tỉnh thẩm định "
            "trong thời gian ngắn nhất để trình Chủ tịch UBND tỉnh.",
        ],
    ),
    Article(
        5, dt.date(2021, 12, 9), NOTICE, "notice",
        "Thông báo thời hạn gửi hồ sơ đề nghị khen thưởng tổng kết năm 2021",
        "Hồ sơ đề nghị tặng Cờ thi đua, danh hiệu “Chiến sĩ thi đua cấp tỉnh” và Bằng khen của Chủ tịch UBND "
        "tỉnh năm 2021 gửi về Ban Thi đua - Khen thưởng tỉnh trước ngày 15/01/2022.",
        "van-ban", ["hồ sơ khen thưởng", "tổng kết năm", "Chiến sĩ thi đua"],
        event="thông báo thời hạn và thành phần hồ sơ đề nghị khen thưởng tổng kết năm 2021",
        facts=[
            "Các cụm, khối thi đua hoàn thành việc chấm điểm, bình xét và gửi biên bản suy tôn đơn vị dẫn đầu "
            "trước ngày 10/01/2022.",
            "Hồ sơ đề nghị khen thưởng của các sở, ban, ngành, huyện, thị xã, thành phố gửi trước ngày "
            "15/01/2022, kèm bản điện tử qua hệ thống quản lý văn bản.",
        ],
        heading="Thành phần hồ sơ",
        bullets=[
            "Tờ trình đề nghị khen thưởng kèm danh sách tập thể, cá nhân.",
            "Biên bản họp Hội đồng Thi đua - Khen thưởng cấp trình.",
            "Báo cáo thành tích có xác nhận của cấp trình khen thưởng.",
            "Với danh hiệu “Chiến sĩ thi đua cấp tỉnh”: văn bản công nhận sáng kiến hoặc đề tài khoa học.",
        ],
    ),
    Article(
        6, dt.date(2022, 1, 12), BOARD, "activity",
        "Ban Thi đua - Khen thưởng tỉnh triển khai nhiệm vụ năm 2022",
        "Năm 2022, Ban tập trung nâng chất lượng thẩm định hồ sơ, đẩy mạnh khen thưởng người lao động trực "
        "tiếp và đưa hồ sơ khen thưởng lên môi trường số.",
        "hoi-nghi", ["kế hoạch công tác", "Ban Thi đua - Khen thưởng", "cải cách hành chính"],
        event="tổ chức hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022",
        host="Ban Thi đua - Khen thưởng tỉnh",
        facts=[
            "Năm 2021, dù nhiều tháng phải làm việc trong điều kiện giãn cách, Ban đã thẩm định và trình khen "
            "thưởng đúng hạn, không để tồn đọng hồ sơ; các trường hợp khen thưởng đột xuất được giải quyết "
            "trong vòng 5 ngày làm việc.",
            "Hội nghị chỉ ra một số hạn chế: tỷ lệ khen thưởng người lao động trực tiếp còn thấp, một số "
            "đơn vị gửi hồ sơ chậm, báo cáo thành tích còn chung chung.",
        ],
        heading="Nhiệm vụ trọng tâm năm 2022",
        bullets=[
            "Tham mưu sơ kết một năm thực hiện Chỉ thị số 13/CT-UBND.",
            "Tăng tỷ lệ khen thưởng công nhân, nông dân, người lao động trực tiếp.",
            "Thí điểm tiếp nhận hồ sơ khen thưởng bản điện tử.",
            "Bồi dưỡng nghiệp vụ cho cán bộ làm công tác thi đua, khen thưởng cấp xã.",
        ],
    ),
    Article(
        7, dt.date(2022, 2, 17), TDKT, "agreement",
        "Khối thi đua các sở, ngành kinh tế ký kết giao ước thi đua năm 2022",
        "Các đơn vị trong khối cam kết rút ngắn thời gian giải quyết thủ tục cho doanh nghiệp, góp phần cải "
        "thiện môi trường đầu tư, kinh doanh của tỉnh.",
        "doanh-nghiep", ["cụm khối thi đua", "giao ước thi đua", "môi trường đầu tư"],
        event="tổ chức hội nghị ký kết giao ước thi đua năm 2022",
        host="Khối thi đua các sở, ngành kinh tế",
        facts=[
            "Khối gồm các sở phụ trách kế hoạch và đầu tư, tài chính, công thương, xây dựng, giao thông vận tải "
            "và nông nghiệp. Đơn vị trưởng khối năm 2022 được giao cho Sở Kế hoạch và Đầu tư.",
            "Các đơn vị thống nhất lấy chỉ số năng lực cạnh tranh cấp tỉnh và mức độ hài lòng của doanh nghiệp "
            "làm thước đo quan trọng khi chấm điểm thi đua.",
        ],
        heading="Nội dung giao ước",
        bullets=[
            "Hoàn thành và vượt các chỉ tiêu được UBND tỉnh giao.",
            "Giải quyết đúng và trước hạn hồ sơ của doanh nghiệp, không để phát sinh hồ sơ quá hạn.",
            "Hưởng ứng phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”.",
            "Thực hiện văn hóa công sở, không để xảy ra vi phạm kỷ luật.",
        ],
    ),
    Article(
        8, dt.date(2022, 3, 8), EXEMPLAR, "exemplar",
        "Nữ giám đốc hợp tác xã đưa vải Thanh Hà vươn xa",
        "Từ một tổ hợp tác nhỏ, chị Vũ Thị Hạnh đã xây dựng hợp tác xã với vùng vải đạt chứng nhận sản xuất "
        "an toàn, liên kết tiêu thụ với các doanh nghiệp xuất khẩu.",
        "nong-thon-moi", ["nông thôn mới", "hợp tác xã", "phụ nữ", "người tốt việc tốt"],
        event="Mỗi mùa vải chín, chị Vũ Thị Hạnh, Giám đốc một hợp tác xã nông nghiệp ở huyện Thanh Hà, lại "
        "thức dậy từ 3 giờ sáng để cùng các xã viên thu hái, phân loại và đóng gói quả.",
        source=BAO_HD,
        facts=[
            "Năm 2016, chị vận động 12 hộ góp vốn lập tổ hợp tác. Đến nay, hợp tác xã có hơn 60 thành viên, "
            "canh tác theo quy trình thống nhất, ghi chép nhật ký đồng ruộng để truy xuất nguồn gốc.",
            "Nhờ liên kết với doanh nghiệp, giá bán vải của xã viên ổn định hơn so với bán lẻ cho thương lái; "
            "nhiều hộ đã xây nhà mới, góp tiền làm đường giao thông nội đồng.",
            "Chị Hạnh được tặng Bằng khen của Chủ tịch UBND tỉnh vì thành tích trong phong trào “Cả nước chung "
            "sức xây dựng nông thôn mới”.",
        ],
        figure=("nong-thon-moi", "Vùng vải liên kết sản xuất góp phần xây dựng nông thôn mới."),
    ),
    Article(
        9, dt.date(2022, 4, 20), NOTICE, "notice",
        "Lấy ý kiến nhân dân về các tập thể, cá nhân đề nghị khen thưởng cấp Nhà nước",
        "Ban Thi đua - Khen thưởng tỉnh công khai danh sách đề nghị khen thưởng cấp Nhà nước để nhân dân, cơ "
        "quan, đơn vị góp ý trong thời hạn 10 ngày.",
        "van-ban", ["lấy ý kiến", "khen thưởng cấp Nhà nước", "công khai"],
        event="thông báo lấy ý kiến nhân dân đối với các tập thể, cá nhân được đề nghị khen thưởng cấp Nhà "
        "nước đợt I năm 2022",
        facts=[
            "Danh sách gồm các tập thể, cá nhân đề nghị tặng Huân chương Lao động, danh hiệu “Chiến sĩ thi "
            "đua toàn quốc” và Bằng khen của Thủ tướng Chính phủ, được niêm yết tại trụ sở Ban và đăng trên "
            "trang thông tin này.",
            "Ý kiến góp ý gửi bằng văn bản có ghi rõ họ tên, địa chỉ người góp ý; Ban không xem xét đơn thư "
            "nặc danh. Thời hạn nhận ý kiến là 10 ngày kể từ ngày đăng thông báo.",
        ],
    ),
    Article(
        10, dt.date(2022, 6, 15), TDKT, "launch",
        "Đẩy mạnh thi đua xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
        "Hội đồng Thi đua - Khen thưởng tỉnh đề nghị các huyện chọn những xã có điều kiện để tập trung xây "
        "dựng nông thôn mới kiểu mẫu, gắn hạ tầng nông thôn với quá trình đô thị hóa.",
        "nong-thon-moi", ["nông thôn mới", "nông thôn mới kiểu mẫu", "phát động thi đua"],
        event="ban hành kế hoạch đẩy mạnh phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới” giai "
        "đoạn 2022 - 2025",
        host="Hội đồng Thi đua - Khen thưởng tỉnh",
        source=BAO_HD,
        facts=[
            "Sau khi hoàn thành xây dựng nông thôn mới ở cấp huyện, tỉnh đặt trọng tâm vào chất lượng: tiêu chí "
            "nâng cao về môi trường, văn hóa, chuyển đổi số và thu nhập của người dân.",
            "Mỗi huyện lựa chọn ít nhất một thôn, khu dân cư làm mô hình “khu dân cư kiểu mẫu” để các địa "
            "phương khác học tập.",
            "Các tập thể, cá nhân có nhiều đóng góp về công sức, đất đai, kinh phí cho xây dựng nông thôn mới "
            "sẽ được xem xét khen thưởng kịp thời.",
        ],
        caption="Xây dựng nông thôn mới nâng cao, kiểu mẫu là một trọng tâm thi đua của tỉnh.",
    ),
    Article(
        11, dt.date(2022, 7, 28), BOARD, "activity",
        "Tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ cơ sở",
        "Gần 300 cán bộ làm công tác thi đua, khen thưởng cấp huyện, cấp xã được hướng dẫn cách viết báo cáo "
        "thành tích và lập hồ sơ đúng quy định.",
        "hoi-nghi", ["tập huấn", "nghiệp vụ", "hồ sơ khen thưởng"],
        event="mở lớp tập huấn nghiệp vụ công tác thi đua, khen thưởng năm 2022",
        host="Ban Thi đua - Khen thưởng tỉnh",
        facts=[
            "Các học viên được giới thiệu những lỗi hay gặp khi lập hồ sơ: báo cáo thành tích không nêu số liệu "
            "cụ thể, thiếu xác nhận của cơ quan có thẩm quyền, đề nghị sai tuyến trình.",
            "Giảng viên dành nhiều thời gian hướng dẫn phát hiện, lựa chọn điển hình tiên tiến ở cơ sở, nhất là "
            "người lao động trực tiếp, để khen thưởng không chỉ tập trung ở cán bộ lãnh đạo.",
        ],
        quote=(
            "Một báo cáo thành tích tốt phải trả lời được câu hỏi: người này đã làm được gì mà người khác "
            "chưa làm được.",
            "Lãnh đạo Ban Thi đua - Khen thưởng tỉnh",
        ),
    ),
    Article(
        12, dt.date(2022, 8, 25), TDKT, "conference",
        "Sơ kết một năm thực hiện Chỉ thị 13/CT-UBND về phát động thi đua",
        "Sau một năm, phong trào thi đua đã góp phần giúp tỉnh vượt qua khó khăn do dịch bệnh; nhiều mô "
        "hình mới xuất hiện ở cơ sở.",
        "hoi-nghi", ["Chỉ thị 13/CT-UBND", "sơ kết", "phong trào thi đua"],
        event=f"tổ chức hội nghị sơ kết một năm thực hiện {DIRECTIVE_13}",
        host="Hội đồng Thi đua - Khen thưởng tỉnh",
        facts=[
            "Báo cáo tại hội nghị cho thấy các sở, ngành, địa phương đều đã xây dựng kế hoạch cụ thể hóa Chỉ thị; "
            "nhiều phong trào chuyên đề được phát động với mục tiêu rõ ràng, có thể đo đếm.",
            "Hạn chế được chỉ ra là một số nơi còn chậm sơ kết, chưa chú trọng nhân rộng điển hình; việc khen "
            "thưởng doanh nghiệp và người lao động trực tiếp chưa tương xứng với đóng góp.",
            "Hội nghị đề nghị thực hiện đầy đủ bốn khâu: phát hiện, bồi dưỡng, tổng kết và nhân rộng điển hình "
            "tiên tiến.",
        ],
        quote=(HO_CHI_MINH_QUOTES[0], HCM),
    ),
    Article(
        13, dt.date(2022, 9, 30), EXEMPLAR, "exemplar",
        "Cựu chiến binh hiến đất mở đường làng ở Gia Lộc",
        "Ông Đào Văn Thịnh, 72 tuổi, tự nguyện hiến gần 200 m² đất vườn và vận động các hộ lân cận cùng hiến "
        "đất để mở rộng đường liên thôn.",
        "nong-thon-moi", ["nông thôn mới", "hiến đất", "cựu chiến binh", "người tốt việc tốt"],
        event="Con đường liên thôn rộng hơn 5 mét, hai bên trồng hoa, hôm nay là niềm tự hào của người dân "
        "một thôn ở huyện Gia Lộc. Ít ai biết, khởi đầu của nó là quyết định của một cựu chiến binh đã ngoài "
        "70 tuổi.",
        source=BAO_HD,
        facts=[
            "Khi thôn họp bàn mở rộng đường, ông Đào Văn Thịnh là người đầu tiên ký biên bản hiến đất, chấp "
            "nhận phá dỡ tường rào và một phần sân vườn của gia đình.",
            "Ông đến từng nhà giải thích lợi ích của con đường mới; chỉ trong hai tháng, 34 hộ đã thống nhất hiến "
            "đất, tổng diện tích hơn 1.100 m².",
            "Tấm gương của ông được UBND huyện biểu dương tại hội nghị sơ kết phong trào “Cả nước chung sức xây "
            "dựng nông thôn mới”.",
        ],
        quote=("Đất để lại cho con cháu không bằng để lại một con đường cho cả làng cùng đi.", "Ông Đào Văn Thịnh"),
    ),
    Article(
        14, dt.date(2022, 11, 18), TDKT, "ceremony",
        "Tôn vinh doanh nghiệp tiêu biểu trong phong trào “Doanh nghiệp Việt Nam hội nhập và phát triển”",
        "40 doanh nghiệp và 25 doanh nhân được tặng Bằng khen của Chủ tịch UBND tỉnh vì thành tích trong sản "
        "xuất, kinh doanh và đóng góp cho an sinh xã hội.",
        "doanh-nghiep", ["doanh nghiệp", "Bằng khen", "hội nhập và phát triển"],
        event="tổ chức lễ tôn vinh doanh nghiệp, doanh nhân tiêu biểu năm 2022",
        facts=[
            "Các doanh nghiệp được tôn vinh đều hoàn thành nghĩa vụ thuế, bảo đảm việc làm và thu nhập cho người "
            "lao động, nhiều đơn vị duy trì sản xuất liên tục trong thời gian dịch bệnh.",
            "Bên cạnh các doanh nghiệp lớn trong khu công nghiệp, năm nay có nhiều doanh nghiệp nhỏ và vừa, hợp "
            "tác xã nông nghiệp được khen thưởng, phản ánh đúng tinh thần khuyến khích khu vực kinh tế tư nhân.",
        ],
        quote=(
            "Doanh nghiệp mạnh thì tỉnh mạnh. Chính quyền sẽ tiếp tục đồng hành, tháo gỡ khó khăn để doanh "
            "nghiệp yên tâm đầu tư.",
            "Lãnh đạo UBND tỉnh",
        ),
        figure=("le-trao-thuong", "Lễ tôn vinh doanh nghiệp, doanh nhân tiêu biểu."),
    ),
    Article(
        15, dt.date(2022, 12, 8), NOTICE, "notice",
        "Hướng dẫn bình xét, khen thưởng tổng kết năm 2022",
        "Ban Thi đua - Khen thưởng tỉnh đề nghị các cụm, khối thi đua hoàn thành chấm điểm trước ngày "
        "05/01/2023 và gửi hồ sơ khen thưởng trước ngày 12/01/2023.",
        "van-ban", ["hồ sơ khen thưởng", "tổng kết năm", "cụm khối thi đua"],
        event="hướng dẫn việc bình xét, đề nghị khen thưởng tổng kết năm 2022",
        facts=[
            "Tỷ lệ cá nhân là công nhân, nông dân, người lao động trực tiếp trong danh sách đề nghị Bằng khen của "
            "Chủ tịch UBND tỉnh phải bảo đảm ít nhất 30%.",
            "Không đề nghị khen thưởng đối với tập thể, cá nhân đang trong thời gian bị xem xét kỷ luật hoặc có "
            "đơn thư khiếu nại, tố cáo đang được xác minh.",
        ],
        heading="Các mốc thời gian",
        bullets=[
            "Trước ngày 05/01/2023: các cụm, khối gửi biên bản chấm điểm, suy tôn.",
            "Trước ngày 12/01/2023: các đơn vị gửi hồ sơ đề nghị khen thưởng.",
            "Tháng 02/2023: Hội đồng Thi đua - Khen thưởng tỉnh họp xét.",
        ],
    ),
]
