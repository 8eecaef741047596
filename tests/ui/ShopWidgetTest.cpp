// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShopWidgetTest.h"

namespace Balcao::Test {

void ShopWidgetTest::openShop()
{
    m_store = std::make_unique<TestStore>();
    m_shop = std::make_unique<ShopFixture>(store());
}

void ShopWidgetTest::closeShop()
{
    m_shop.reset();
    m_store.reset();
}

} // namespace Balcao::Test
