import datetime as dt

import pytest

from directives.models import DocumentStatus
from tests.directives.factories import (
    DocumentLibraryPageFactory,
    DocumentPageFactory,
    DocumentTypeFactory,
    FieldFactory,
)


@pytest.fixture
def library(home):
    return DocumentLibraryPageFactory(parent=home)


@pytest.fixture
def directive13(library):
    """Directive 13/CT-UBND of 25/8/2021 launching the province's emulation movement."""
    return DocumentPageFactory(
        parent=library,
        title="Chỉ thị về phát động phong trào thi đua thực hiện nhiệm vụ năm 2021 và giai đoạn 2021 - 2025",
        number="13/CT-UBND",
        doc_type=DocumentTypeFactory(name="Chỉ thị"),
        issuer="Ủy ban nhân dân tỉnh Hải Dương",
        signer="Triệu Thế Hùng",
        issued=dt.date(2021, 8, 25),
        effective=dt.date(2021, 8, 25),
        status=DocumentStatus.IN_FORCE,
        field=FieldFactory(name="Thi đua - Khen thưởng"),
        summary="Phát động phong trào thi đua yêu nước thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội.",
        body="<p>Các sở, ngành, địa phương tổ chức phát động thi đua sâu rộng, thiết thực.</p>",
    )
