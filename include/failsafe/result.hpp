// failsafe/result.hpp - a value or a human-readable error, for every operation on untrusted
// input (files, links, user edits). Bugs assert; bad input becomes a Result.
#pragma once
#include <optional>
#include <string>
#include <utility>

namespace failsafe {

template <class T>
class Result {
public:
    Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit on purpose
    static Result fail(std::string message) { Result r; r.error_ = std::move(message); return r; }

    explicit operator bool() const { return value_.has_value(); }
    bool ok() const { return value_.has_value(); }
    T& value() { return *value_; }
    const T& value() const { return *value_; }
    T* operator->() { return &*value_; }
    const T* operator->() const { return &*value_; }
    T& operator*() { return *value_; }
    const T& operator*() const { return *value_; }
    const std::string& error() const { return error_; }  // empty when ok()

private:
    Result() = default;
    std::optional<T> value_;
    std::string error_;
};

}  // namespace failsafe
