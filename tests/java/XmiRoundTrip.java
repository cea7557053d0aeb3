import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;

/**
 * Test helper for ctakes-py: Java UIMA reads an XMI file strictly against a type system
 * descriptor (imports resolved by UIMA itself) and writes it back.
 *
 * Usage: java -cp uimaj-core.jar:CLASSES XmiRoundTrip TYPESYSTEM.xml IN.xmi OUT.xmi
 * Prints "FEATURE_STRUCTURES n" (all indexed FSs of all views) and exits 0, or exits
 * non-zero with the Java exception on stderr.
 */
public final class XmiRoundTrip {
    private XmiRoundTrip() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: XmiRoundTrip TYPESYSTEM.xml IN.xmi OUT.xmi");
            System.exit(2);
        }
        TypeSystemDescription tsd = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(new File(args[0])));
        tsd.resolveImports();
        CAS cas = CasCreationUtils.createCas(tsd, null, null);
        try (InputStream in = new BufferedInputStream(new FileInputStream(args[1]))) {
            XmiCasDeserializer.deserialize(in, cas, false);  // strict: unknown types fail
        }
        try (OutputStream out = new BufferedOutputStream(new FileOutputStream(args[2]))) {
            XmiCasSerializer.serialize(cas, out);
        }
        System.out.println("FEATURE_STRUCTURES " + countIndexed(cas));
    }

    private static int countIndexed(CAS cas) {
        int total = 0;
        java.util.Iterator<CAS> views = cas.getViewIterator();
        while (views.hasNext()) {
            FSIterator<FeatureStructure> it = views.next().getIndexRepository().getAllIndexedFS(
                    cas.getTypeSystem().getTopType());
            while (it.hasNext()) {
                it.next();
                total++;
            }
        }
        return total;
    }
}
