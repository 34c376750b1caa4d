#pragma once

#include "core/Result.h"

#include <QTest>

#include <optional>

namespace quayside::test {

// Starts an asynchronous call that reports through a Result callback, and runs the event loop until it
// does; a Timeout error if it never does.
template<typename T, typename Call>
Result<T> await(const Call &call, int timeoutMs = 60000)
{
    std::optional<Result<T>> outcome;
    call([&outcome](const Result<T> &result) { outcome = result; });
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, timeoutMs))
        return Error{Error::Kind::Timeout, 0, QStringLiteral("the test gave up waiting")};
    return *outcome;
}

} // namespace quayside::test

// Fails the test with the error's text unless the Result is good. Evaluates its argument once: it is
// often the call under test.
#define VERIFY_OK(expression)                                                                                          \
    do {                                                                                                               \
        const auto &verified = (expression);                                                                           \
        QVERIFY2(verified.ok(), verified.ok() ? "" : qPrintable(verified.error().toString()));                         \
    } while (false)
