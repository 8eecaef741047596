// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ShopFixture.h"
#include "TestStore.h"

#include <QObject>

#include <memory>

namespace Balcao::Test {

// The base of the shop counter's widget tests: for each test function a new
// encrypted store with a ShopFixture in it (m_store, m_shop), gone after it.
// A class that keeps widgets over the store resets them in a cleanup() of
// its own, then calls closeShop(); one that needs more in every store does
// it in an init() of its own after openShop(). Qt Test runs the most
// derived init() and cleanup().
class ShopWidgetTest : public QObject
{
    Q_OBJECT

protected:
    LocalStore &store() { return m_store->store(); }
    void openShop();
    void closeShop();

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ShopFixture> m_shop;

private slots:
    void init() { openShop(); }
    void cleanup() { closeShop(); }
};

} // namespace Balcao::Test
