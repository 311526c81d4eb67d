package org.moomoo.client.commands;

import org.moomoo.client.formats.OutputFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --out FORMAT} option every playlist command takes. */
final class OutputOption {

    @Option(
            names = "--out",
            paramLabel = "FORMAT",
            defaultValue = "json",
            converter = FormatConverter.class,
            description = "what to do with the playlist: json (the default), xspf (or xml), m3u8 or jspf print it;"
                    + " strawberry loads it into the Strawberry player")
    OutputFormat format;

    /** Reads a format name; picocli shows the message after "Invalid value for option '--out':". */
    static final class FormatConverter implements ITypeConverter<OutputFormat> {

        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
