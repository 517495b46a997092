using System.Runtime.InteropServices;

namespace Community.Core.Members;

/// <summary>
/// The UTS #39 confusable skeleton from the system's ICU library (the one .NET itself uses for globalisation on
/// Linux), so look-alike data comes from Unicode's full confusables table as Debian keeps it current, not a list
/// of our own. ICU exports its C functions with the major version as a suffix ("uspoof_open_72"); the library
/// is found by probing the versions a distribution may ship.
/// </summary>
public static class IcuConfusables
{
    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate nint OpenChecker(ref int status);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl, CharSet = CharSet.Unicode)]
    private delegate int GetSkeleton(nint checker, uint type, [MarshalAs(UnmanagedType.LPWStr)] string id, int length, [Out] char[] destination, int capacity, ref int status);

    private static readonly Lazy<(nint Checker, GetSkeleton Skeleton, int Version)> Icu = new(Load);

    /// <summary>The major version of the ICU in use: its confusables data may differ from another version's.</summary>
    public static int Version => Icu.Value.Version;

    /// <summary>The skeleton of <paramref name="text"/>: two strings that look alike have the same one.</summary>
    public static string Skeleton(string text)
    {
        if (text.Length == 0) return text;
        var (checker, skeleton, _) = Icu.Value;
        var buffer = new char[text.Length * 4 + 16];
        while (true)
        {
            var status = 0;
            var length = skeleton(checker, 0, text, text.Length, buffer, buffer.Length, ref status);
            const int bufferOverflow = 15;
            if (status == bufferOverflow)
            {
                buffer = new char[length + 1];
                continue;
            }
            if (status > 0) throw new InvalidOperationException($"ICU could not compute a confusable skeleton (error {status}).");
            return new string(buffer, 0, length);
        }
    }

    private static (nint, GetSkeleton, int) Load()
    {
        foreach (var version in Enumerable.Range(50, 50).Reverse())
        {
            if (!NativeLibrary.TryLoad($"libicui18n.so.{version}", out var library)) continue;
            var open = Export<OpenChecker>(library, "uspoof_open", version);
            var skeleton = Export<GetSkeleton>(library, "uspoof_getSkeleton", version);
            var status = 0;
            var checker = open(ref status);
            if (status > 0 || checker == 0) throw new InvalidOperationException($"ICU {version} could not open a spoof checker (error {status}).");
            return (checker, skeleton, version);
        }
        throw new InvalidOperationException(
            "Display names are checked for look-alikes with the system ICU library (libicui18n), which was not found. Install Debian's libicu package (scripts/setup.sh does).");
    }

    private static T Export<T>(nint library, string name, int version) where T : Delegate =>
        Marshal.GetDelegateForFunctionPointer<T>(
            NativeLibrary.TryGetExport(library, $"{name}_{version}", out var versioned) ? versioned : NativeLibrary.GetExport(library, name));
}
