// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Balcao {

// An expected failure carried up as a value. `code` is stable and meant for
// scripts and tests; `message` is translated and meant for people.
struct Error
{
    enum class Kind { Invalid, NotFound, Conflict, Storage, Security, Unsupported };
    Kind kind = Kind::Invalid;
    QString code;
    QString message;

    static Error invalid(QString code, QString message)
    {
        return { Kind::Invalid, std::move(code), std::move(message) };
    }
    static Error notFound(QString code, QString message)
    {
        return { Kind::NotFound, std::move(code), std::move(message) };
    }
    static Error conflict(QString code, QString message)
    {
        return { Kind::Conflict, std::move(code), std::move(message) };
    }
    static Error storage(QString code, QString message)
    {
        return { Kind::Storage, std::move(code), std::move(message) };
    }
    static Error security(QString code, QString message)
    {
        return { Kind::Security, std::move(code), std::move(message) };
    }
    static Error unsupported(QString code, QString message)
    {
        return { Kind::Unsupported, std::move(code), std::move(message) };
    }
};

// A minimal std::expected (C++23 is not available on GCC 12).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    { }
    Result(Error error)
        : m_state(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    // By value: `for (x : f().value())` must not iterate a destroyed temporary.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace Balcao
