package org.trunkwizard.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.trunkwizard.validation.CheckOptions;
import org.trunkwizard.validation.CheckResult;
import org.trunkwizard.validation.NumberEntry;
import org.trunkwizard.validation.PhoneNumbers;
import org.trunkwizard.validation.TrunkChecks;
import org.trunkwizard.trunk.TrunkSpec;

/**
 * How long validation takes: a pasted list of 10,000 numbers, and one keystroke's worth (the window runs
 * TrunkChecks.check on the whole draft after every change). Run with (about 30 s):
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.trunkwizard.bench.ValidationBench
 * </pre>
 * or without the exec plugin:
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
 *     -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) org.trunkwizard.bench.ValidationBench
 * </pre>
 * JMH options may follow ({@code -Dexec.args="-f 2 -wi 5"} or after the class name): they win over the defaults.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
public class ValidationBench {

    private static final CheckOptions US = new CheckOptions("US", Optional.empty());

    private String tenThousandNumbers;
    private TrunkSpec typicalDraft;
    private TrunkSpec guideExample;

    @Setup
    public void setUp() {
        StringJoiner list = new StringJoiner(", ");
        for (int i = 0; i < 10_000; i++) {
            String line = String.format("%04d", i);
            // The three ways people paste the same kind of number.
            list.add(switch (i % 3) {
                case 0 -> "(650) 253-" + line;
                case 1 -> "+1 650 253 " + line;
                default -> "+1650253" + line;
            });
        }
        tenThousandNumbers = list.toString();
        typicalDraft = TrunkSpec.builder().name("Acme outbound (Twilio)").address("sip:acme.pstn.twilio.com")
                .numbers(List.of("+1 650 253 0000, (415) 555-0132")).authUsername("acme2024")
                .authPassword("kT7-vRw2_mQx9pLz").build();
        guideExample = TrunkSpec.builder().name("Emily Outbound Trunk")
                .address("sip:core-it-voice-agent.livekit.cloud").numbers(List.of("+15551234567", "+15551234568"))
                .authUsername("livekit-user").authPassword("Em1ly_Trunk_2024!Secure").build();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<NumberEntry> tenThousandNumbers() {
        return PhoneNumbers.parse(tenThousandNumbers, "US");
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CheckResult keystrokeTypicalDraft() {
        return TrunkChecks.check(typicalDraft, US);
    }

    /** Every field has something to say: the messages are formatted too. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CheckResult keystrokeGuideExampleWithWarnings() {
        return TrunkChecks.check(guideExample, US);
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        exposeClassPathToForks();
        CommandLineOptions given = new CommandLineOptions(args);
        // Short defaults (about 30 s in all); anything given on the command line wins.
        OptionsBuilder options = new OptionsBuilder();
        options.parent(given).include(ValidationBench.class.getName());
        if (!given.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!given.getWarmupIterations().hasValue()) {
            options.warmupIterations(3);
        }
        if (!given.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.seconds(1));
        }
        if (!given.getMeasurementIterations().hasValue()) {
            options.measurementIterations(5);
        }
        if (!given.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.seconds(1));
        }
        new Runner(options.build()).run();
    }

    /**
     * JMH starts each fork with this JVM's java.class.path. Under exec:java that is Maven's launcher, and the
     * project's classes live in a URLClassLoader instead: hand those on, or the fork cannot find the benchmark.
     */
    private static void exposeClassPathToForks() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader) {
            List<String> paths = new ArrayList<>();
            for (URL url : loader.getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    paths.add(new java.io.File(java.net.URI.create(url.toString())).getPath());
                }
            }
            if (!paths.isEmpty()) {
                System.setProperty("java.class.path", String.join(java.io.File.pathSeparator, paths));
            }
        }
    }
}
