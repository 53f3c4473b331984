using System.Buffers;
using System.Text;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace SkillMap.Web.Features;

/// <summary>
/// The writer Razor renders a page into (<see cref="PageWriter"/>). Anything that is not the response
/// body of the current request gets MVC's own writer.
/// </summary>
public sealed class PageWriterFactory(IHttpContextAccessor accessor) : IHttpResponseStreamWriterFactory
{
    public TextWriter CreateWriter(Stream stream, Encoding encoding) =>
        accessor.HttpContext?.Response is { } response && ReferenceEquals(response.Body, stream)
            ? new PageWriter(response, encoding)
            : new HttpResponseStreamWriter(stream, encoding, 16 * 1024, ArrayPool<byte>.Shared, ArrayPool<char>.Shared);
}

/// <summary>
/// Holds a rendered page whole and hands it to Kestrel's body pipe without flushing it, so Kestrel sends
/// the page and the end of the response together, one write through TLS and one send. MVC's writer
/// flushed the page to the socket and Kestrel then sent the closing chunk on its own: a TLS record and
/// a send of five bytes on every page. A page that encodes to more than <see cref="FlushBytes"/> is
/// flushed to the client when Razor flushes it, so a big report still meets the client's back-pressure.
/// </summary>
public sealed class PageWriter(HttpResponse response, Encoding encoding) : TextWriter
{
    private const int FlushBytes = 64 * 1024;
    private const int SliceCharacters = 8 * 1024;

    private readonly Encoder encoder = encoding.GetEncoder();
    private char[] buffer = ArrayPool<char>.Shared.Rent(16 * 1024);
    private int length;
    private long unflushedBytes;

    public override Encoding Encoding => encoding;

    public override void Write(char value)
    {
        Reserve(1);
        buffer[length++] = value;
    }

    public override void Write(char[] chars, int index, int count) => Write(chars.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        Reserve(chars.Length);
        chars.CopyTo(buffer.AsSpan(length));
        length += chars.Length;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] chars, int index, int count)
    {
        Write(chars.AsSpan(index, count));
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value.AsSpan());
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> chars, CancellationToken cancellationToken = default)
    {
        Write(chars.Span);
        return Task.CompletedTask;
    }

    /// <summary>Nothing to do: a synchronous flush cannot reach the socket, and the page goes out with the response.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync()
    {
        if (!response.HasStarted)
        {
            // Started here, not by the pipe's first buffer, so OnStarting callbacks run asynchronously.
            await response.StartAsync();
        }
        MoveToPipe();
        if (unflushedBytes > FlushBytes)
        {
            unflushedBytes = 0;
            await response.BodyWriter.FlushAsync();
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (length > 0)
        {
            await FlushAsync();
        }
        Release();
        await base.DisposeAsync();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            MoveToPipe();
            Release();
        }
        base.Dispose(disposing);
    }

    // Encoded a slice at a time into space of the slice's largest size: EncodingExtensions.Convert into
    // the pipe counted the bytes of all the remaining text before every slice it wrote.
    private void MoveToPipe()
    {
        var chars = buffer.AsSpan(0, length);
        while (!chars.IsEmpty)
        {
            var slice = chars[..Math.Min(chars.Length, SliceCharacters)];
            var bytes = response.BodyWriter.GetSpan(encoding.GetMaxByteCount(slice.Length));
            encoder.Convert(slice, bytes, flush: slice.Length == chars.Length, out var charsUsed, out var bytesUsed, out _);
            response.BodyWriter.Advance(bytesUsed);
            unflushedBytes += bytesUsed;
            chars = chars[charsUsed..];
        }
        length = 0;
    }

    private void Reserve(int count)
    {
        if (length + count <= buffer.Length)
        {
            return;
        }
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, length + count));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }

    private void Release()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = [];
        }
    }
}
