#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace quayside {

// `done`, made to do nothing once `context` is gone: what every asynchronous call in Quayside promises.
template<typename T>
std::function<void(const Result<T> &)> guarded(QObject *context, std::function<void(const Result<T> &)> done)
{
    return [guard = QPointer<QObject>(context), done = std::move(done)](const Result<T> &result) {
        if (guard)
            done(result);
    };
}

} // namespace quayside
