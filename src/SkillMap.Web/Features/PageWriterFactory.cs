using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace SkillMap.Web.Features;

/// <summary>
/// The writer Razor renders a page into: its buffer holds an ordinary page whole (64K characters), so
/// the page leaves in one write, one chunk and one send. With MVC's 16K-character default a 30 KB
/// rating page went out as two or three chunks, each its own flush through TLS to the socket. Larger
/// pages still stream, a buffer at a time; the buffers are rented from the shared pools and returned.
/// </summary>
public sealed class PageWriterFactory : IHttpResponseStreamWriterFactory
{
    private const int BufferCharacters = 64 * 1024;

    public TextWriter CreateWriter(Stream stream, Encoding encoding) =>
        new HttpResponseStreamWriter(stream, encoding, BufferCharacters, ArrayPool<byte>.Shared, ArrayPool<char>.Shared);
}
