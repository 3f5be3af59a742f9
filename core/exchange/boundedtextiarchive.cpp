#include "boundedtextiarchive.h"

#include "exchange/packagerecords.h"

// The archive templates are instantiated here for BoundedTextIArchive, as Boost's own archives are
// inside the library.
#include <boost/archive/impl/archive_serializer_map.ipp>
#include <boost/archive/impl/basic_text_iarchive.ipp>
#include <boost/archive/impl/text_iarchive_impl.ipp>

namespace boost::archive {
template class basic_text_iarchive<imbang::exchange::BoundedTextIArchive>;
template class text_iarchive_impl<imbang::exchange::BoundedTextIArchive>;
template class detail::archive_serializer_map<imbang::exchange::BoundedTextIArchive>;
} // namespace boost::archive

namespace imbang::exchange {

BoundedTextIArchive::BoundedTextIArchive(std::istream &is, std::uint64_t inputSize, const PayloadLimits &limits)
    : Base(is, 0), m_inputSize(inputSize), m_limits(limits) {
    init(); // reads and checks the archive header, as text_iarchive's constructor does
}

std::uint64_t BoundedTextIArchive::remaining() const {
    const std::streamoff position = is.tellg();
    if (position < 0 || std::uint64_t(position) > m_inputSize)
        return 0;
    return m_inputSize - std::uint64_t(position);
}

void BoundedTextIArchive::load(std::string &s) {
    std::size_t size = 0;
    *this->This() >> size;
    if (size > m_limits.maxTextBytes || size > remaining())
        throw PayloadLimitError("text field too long");
    is.get(); // the space between the length and the text
    s.resize(size);
    if (size > 0)
        is.read(s.data(), std::streamsize(size));
    if (!is)
        throw PayloadLimitError("text field cut short");
}

void BoundedTextIArchive::load(char *) { throw PayloadLimitError("unsupported field type"); }
void BoundedTextIArchive::load(wchar_t *) { throw PayloadLimitError("unsupported field type"); }

} // namespace imbang::exchange
