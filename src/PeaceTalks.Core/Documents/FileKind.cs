using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PeaceTalks.Core.Documents;

/// <summary>
/// Whether a path is a regular file, asked without blocking. .NET reports a FIFO, a socket or a device as an
/// ordinary file (<c>File.Exists</c> is true, its attributes are <c>Normal</c>), and opening a FIFO to read it
/// waits for a writer that may never come: an import of a folder holding one hung for ever. So the file is
/// opened with <c>O_NONBLOCK</c> (which does not wait) and looked at before it is read.
/// </summary>
public static class FileKind
{
    private const int ENXIO = 6;

    public static bool IsRegular(string path)
    {
        // Windows has no FIFOs or devices among a folder's files.
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        var flags = OperatingSystem.IsLinux() ? 0x800 | 0x80000 : 0x4 | 0x1000000; // O_RDONLY | O_NONBLOCK | O_CLOEXEC
        var fd = Open(Encoding.UTF8.GetBytes(path + '\0'), flags);
        if (fd < 0)
        {
            // A socket cannot be opened at all (ENXIO); anything else (a missing or unreadable file) is for the
            // reader to report, with its own message.
            return Marshal.GetLastPInvokeError() != ENXIO;
        }

        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);

        // A pipe or terminal cannot seek. A device such as /dev/zero can, and says it is empty, yet never ends:
        // a regular file that claims no bytes has none to give.
        // A file whose reading fails (an I/O error) is for the reader to report too, with its own message.
        try
        {
            return stream.CanSeek && (stream.Length > 0 || stream.ReadByte() < 0);
        }
        catch (IOException)
        {
            return true;
        }
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Open(byte[] nulTerminatedUtf8Path, int flags);
}
