#pragma once

#include "exchange/payloadlimits.h"

#include <boost/archive/text_iarchive.hpp>

#include <istream>
#include <string>

namespace imbang::exchange {

// Boost's text input archive with limits. The stock archive sizes a string from the number written
// before it (a crafted "1000000000000" would allocate a terabyte); this one refuses text longer than
// the limit or than the bytes left in the input, and tells the record sections their record limit.
// It is Boost's documented way to derive an archive (text_iarchive_impl with our own load()).
class BoundedTextIArchive : public boost::archive::text_iarchive_impl<BoundedTextIArchive> {
    using Base = boost::archive::text_iarchive_impl<BoundedTextIArchive>;
    friend class boost::archive::detail::interface_iarchive<BoundedTextIArchive>;
    friend class boost::archive::basic_text_iarchive<BoundedTextIArchive>;
    friend class boost::archive::load_access;

public:
    // `inputSize`: the bytes `is` holds from its current position.
    BoundedTextIArchive(std::istream &is, std::uint64_t inputSize, const PayloadLimits &limits);

    std::uint64_t maxRecordsPerSection() const { return m_limits.maxRecordsPerSection; }

protected:
    template <class T>
    void load(T &t) {
        Base::load(t);
    }
    void load(std::string &s);
    // Never used by packages; refused so that a crafted archive cannot reach the unchecked versions.
    void load(char *s);
    void load(wchar_t *s);

private:
    std::uint64_t remaining() const;

    std::uint64_t m_inputSize;
    PayloadLimits m_limits;
};

} // namespace imbang::exchange
