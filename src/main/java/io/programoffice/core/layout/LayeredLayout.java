package io.programoffice.core.layout;

import java.util.Arrays;

/**
 * A layered drawing of a directed graph, edges pointing left to right (Sugiyama's scheme, simplified for speed):
 * <ol>
 *   <li>cycles are broken by a depth-first search that turns its back edges round (a back edge always joins two
 *       nodes of one strongly connected component, so every edge between components keeps its direction);</li>
 *   <li>layers by the longest path from the sources of that acyclic graph, then each source moved right next to
 *       its nearest dependent (shorter edges);</li>
 *   <li>an edge spanning several layers gets a dummy node in each layer it crosses; the order within each layer
 *       comes from a few barycentre sweeps down and up;</li>
 *   <li>x from the layer; y by a few sweeps that place each node at the mean of its neighbours' y, keeping the
 *       order and the spacing (an isotonic regression, pool adjacent violators).</li>
 * </ol>
 * Each weakly connected component is drawn on its own and the drawings are packed in rows, the largest first.
 * Self loops and repeated edges are ignored; an isolated node is a component of its own. Deterministic: the same input
 * gives the same drawing. Time O((n + e + d) log(n + d)) per sweep with d dummy nodes (the sum over edges of the
 * layers they span), a fixed number of sweeps; memory O(n + e + d). Stateless and thread-safe.
 */
public final class LayeredLayout {
    private static final int ORDER_SWEEPS = 4;
    private static final int PLACE_SWEEPS = 4;
    private static final double ASPECT = 1.6;

    private LayeredLayout() {
    }

    /**
     * The sizes the drawing leaves: every node {@code nodeWidth} by {@code nodeHeight}, {@code layerGap} between
     * layers and {@code nodeGap} between nodes of one layer (half of it next to an edge passing through).
     */
    public record Spacing(double nodeWidth, double nodeHeight, double layerGap, double nodeGap) {
        public Spacing {
            if (!(nodeWidth > 0) || !(nodeHeight > 0) || !(layerGap >= 0) || !(nodeGap >= 0)) {
                throw new IllegalArgumentException("Node sizes must be positive and gaps not negative: " + nodeWidth
                        + " x " + nodeHeight + ", gaps " + layerGap + " and " + nodeGap + ".");
            }
        }
    }

    /** Where each node goes: its layer (0 on the left) and its centre, the drawing starting at (0, 0). */
    public static final class Drawing {
        private final int[] layer;
        private final double[] x;
        private final double[] y;
        private final int layers;
        private final int dummies;
        private final double width;
        private final double height;

        Drawing(int[] layer, double[] x, double[] y, int layers, int dummies, double width, double height) {
            this.layer = layer;
            this.x = x;
            this.y = y;
            this.layers = layers;
            this.dummies = dummies;
            this.width = width;
            this.height = height;
        }

        public int size() {
            return layer.length;
        }

        public int layer(int node) {
            return layer[node];
        }

        public double x(int node) {
            return x[node];
        }

        public double y(int node) {
            return y[node];
        }

        /** How many layers the drawing has. */
        public int layers() {
            return layers;
        }

        /** How many dummy nodes long edges needed (the cost driver besides the graph's size). */
        public int dummies() {
            return dummies;
        }

        /** The width of the drawing, from 0 to the right edge of its rightmost node. */
        public double width() {
            return width;
        }

        /** The height of the drawing, from 0 to the bottom edge of its lowest node. */
        public double height() {
            return height;
        }
    }

    /**
     * Draws the graph of {@code n} nodes and the edges {@code from[i] -> to[i]}.
     *
     * @throws IllegalArgumentException when the edge arrays differ in length or an end is not a node
     */
    public static Drawing of(int n, int[] from, int[] to, Spacing spacing) {
        if (n < 0 || from.length != to.length) {
            throw new IllegalArgumentException("Need a node count and as many edge sources as targets: " + n + ", "
                    + from.length + " sources, " + to.length + " targets.");
        }
        for (int i = 0; i < from.length; i++) {
            if (from[i] < 0 || from[i] >= n || to[i] < 0 || to[i] >= n) {
                throw new IllegalArgumentException("Edge " + i + " (" + from[i] + " -> " + to[i]
                        + ") has an end that is not one of the " + n + " nodes.");
            }
        }
        int[] component = components(n, from, to);
        int count = 0;
        for (int c : component) {
            count = Math.max(count, c + 1);
        }
        int[] size = new int[count];
        int[] local = new int[n];
        for (int u = 0; u < n; u++) {
            local[u] = size[component[u]]++;
        }
        int[][] members = new int[count][];
        for (int c = 0; c < count; c++) {
            members[c] = new int[size[c]];
        }
        for (int u = 0; u < n; u++) {
            members[component[u]][local[u]] = u;
        }
        int[] edges = new int[count];
        for (int f : from) {
            edges[component[f]]++;
        }
        int[][] froms = new int[count][];
        int[][] tos = new int[count][];
        for (int c = 0; c < count; c++) {
            froms[c] = new int[edges[c]];
            tos[c] = new int[edges[c]];
            edges[c] = 0;
        }
        for (int i = 0; i < from.length; i++) {
            int c = component[from[i]];
            froms[c][edges[c]] = local[from[i]];
            tos[c][edges[c]++] = local[to[i]];
        }
        Drawing[] drawings = new Drawing[count];
        for (int c = 0; c < count; c++) {
            Csr dag = acyclic(size[c], Csr.of(size[c], froms[c], tos[c], true));
            drawings[c] = new Placement(size[c], dag, layers(size[c], dag), spacing).draw();
        }
        return pack(n, members, drawings, spacing);
    }

    /**
     * The weakly connected components, numbered by their first node; each is drawn on its own.
     */
    private static int[] components(int n, int[] from, int[] to) {
        int[] parent = new int[n];
        for (int u = 0; u < n; u++) {
            parent[u] = u;
        }
        for (int i = 0; i < from.length; i++) {
            int a = root(parent, from[i]);
            int b = root(parent, to[i]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] number = new int[n];
        Arrays.fill(number, -1);
        int[] component = new int[n];
        int count = 0;
        for (int u = 0; u < n; u++) {
            int r = root(parent, u);
            if (number[r] < 0) {
                number[r] = count++;
            }
            component[u] = number[r];
        }
        return component;
    }

    private static int root(int[] parent, int u) {
        while (parent[u] != u) {
            parent[u] = parent[parent[u]];
            u = parent[u];
        }
        return u;
    }

    /**
     * Packs the components' drawings in rows, the largest first, rows about {@value #ASPECT} times as wide as the
     * whole is high (a wide screen), {@code 2 * nodeGap} apart.
     */
    private static Drawing pack(int n, int[][] members, Drawing[] drawings, Spacing spacing) {
        Integer[] order = new Integer[drawings.length];
        double gap = 2 * spacing.nodeGap();
        double area = 0;
        double widest = 0;
        for (int c = 0; c < drawings.length; c++) {
            order[c] = c;
            area += (drawings[c].width + gap) * (drawings[c].height + gap);
            widest = Math.max(widest, drawings[c].width);
        }
        Arrays.sort(order, (a, b) -> members[a].length != members[b].length
                ? Integer.compare(members[b].length, members[a].length) : Integer.compare(a, b));
        double rowWidth = Math.max(widest, Math.sqrt(area * ASPECT));
        int[] layer = new int[n];
        double[] x = new double[n];
        double[] y = new double[n];
        int layers = 0;
        int dummies = 0;
        double left = 0;
        double top = 0;
        double rowHeight = 0;
        double width = 0;
        for (int c : order) {
            Drawing d = drawings[c];
            if (left > 0 && left + d.width > rowWidth) {
                left = 0;
                top += rowHeight + gap;
                rowHeight = 0;
            }
            for (int u = 0; u < members[c].length; u++) {
                int v = members[c][u];
                layer[v] = d.layer[u];
                x[v] = d.x[u] + left;
                y[v] = d.y[u] + top;
            }
            layers = Math.max(layers, d.layers);
            dummies += d.dummies;
            width = Math.max(width, left + d.width);
            left += d.width + gap;
            rowHeight = Math.max(rowHeight, d.height);
        }
        return new Drawing(layer, x, y, layers, dummies, width, top + rowHeight);
    }

    /** The edges with every depth-first back edge turned round. */
    private static Csr acyclic(int n, Csr out) {
        int[] indegree = new int[n];
        for (int e = 0; e < out.target.length; e++) {
            indegree[out.target[e]]++;
        }
        byte[] state = new byte[n]; // 0 new, 1 on the stack, 2 done
        int[] stack = new int[n];
        int[] next = new int[n];
        int[] from = new int[out.target.length];
        int[] to = new int[out.target.length];
        int edges = 0;
        for (int pass = 0; pass < 2; pass++) { // sources first, then what only cycles reach
            for (int root = 0; root < n; root++) {
                if (state[root] != 0 || (pass == 0 && indegree[root] > 0)) {
                    continue;
                }
                int top = 0;
                stack[0] = root;
                next[root] = out.first[root];
                state[root] = 1;
                while (top >= 0) {
                    int u = stack[top];
                    if (next[u] == out.first[u + 1]) {
                        state[u] = 2;
                        top--;
                        continue;
                    }
                    int v = out.target[next[u]++];
                    if (state[v] == 1) {
                        from[edges] = v;
                        to[edges++] = u;
                    } else {
                        from[edges] = u;
                        to[edges++] = v;
                        if (state[v] == 0) {
                            state[v] = 1;
                            next[v] = out.first[v];
                            stack[++top] = v;
                        }
                    }
                }
            }
        }
        return Csr.of(n, Arrays.copyOf(from, edges), Arrays.copyOf(to, edges), true);
    }

    /** Longest path layering of the acyclic graph, sources then moved next to their nearest dependent. */
    private static int[] layers(int n, Csr dag) {
        int[] indegree = new int[n];
        for (int e = 0; e < dag.target.length; e++) {
            indegree[dag.target[e]]++;
        }
        int[] order = new int[n];
        int head = 0;
        int tail = 0;
        for (int u = 0; u < n; u++) {
            if (indegree[u] == 0) {
                order[tail++] = u;
            }
        }
        int[] remaining = indegree.clone();
        int[] layer = new int[n];
        while (head < tail) {
            int u = order[head++];
            for (int e = dag.first[u]; e < dag.first[u + 1]; e++) {
                int v = dag.target[e];
                layer[v] = Math.max(layer[v], layer[u] + 1);
                if (--remaining[v] == 0) {
                    order[tail++] = v;
                }
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            int u = order[i];
            if (indegree[u] == 0 && dag.first[u] < dag.first[u + 1]) {
                int nearest = Integer.MAX_VALUE;
                for (int e = dag.first[u]; e < dag.first[u + 1]; e++) {
                    nearest = Math.min(nearest, layer[dag.target[e]]);
                }
                layer[u] = nearest - 1;
            }
        }
        return layer;
    }

    /** Compressed adjacency: the targets of node u are target[first[u] .. first[u + 1]). */
    private record Csr(int[] first, int[] target) {
        static Csr of(int n, int[] from, int[] to, boolean distinct) {
            long[] pairs = new long[from.length];
            int m = 0;
            for (int i = 0; i < from.length; i++) {
                if (from[i] != to[i]) {
                    pairs[m++] = (long) from[i] * n + to[i];
                }
            }
            pairs = Arrays.copyOf(pairs, m);
            Arrays.sort(pairs);
            int[] first = new int[n + 1];
            int[] target = new int[m];
            int k = 0;
            for (int i = 0; i < m; i++) {
                if (distinct && i > 0 && pairs[i] == pairs[i - 1]) {
                    continue;
                }
                first[(int) (pairs[i] / n) + 1]++;
                target[k++] = (int) (pairs[i] % n);
            }
            for (int u = 0; u < n; u++) {
                first[u + 1] += first[u];
            }
            return new Csr(first, Arrays.copyOf(target, k));
        }
    }

    /** Dummy nodes, order within layers and coordinates. */
    private static final class Placement {
        private final int n;
        private final Spacing spacing;
        private final int[] layer;
        private final int layerCount;
        private final Csr up;
        private final Csr down;
        private final int[][] layers;
        private final int[] position;

        Placement(int n, Csr dag, int[] realLayer, Spacing spacing) {
            this.n = n;
            this.spacing = spacing;
            int dummies = 0;
            for (int u = 0; u < n; u++) {
                for (int e = dag.first[u]; e < dag.first[u + 1]; e++) {
                    dummies += realLayer[dag.target[e]] - realLayer[u] - 1;
                }
            }
            int total = n + dummies;
            layer = Arrays.copyOf(realLayer, total);
            int edges = dag.target.length + dummies;
            int[] from = new int[edges];
            int[] to = new int[edges];
            int k = 0;
            int dummy = n;
            for (int u = 0; u < n; u++) {
                for (int e = dag.first[u]; e < dag.first[u + 1]; e++) {
                    int v = dag.target[e];
                    int previous = u;
                    for (int l = realLayer[u] + 1; l < realLayer[v]; l++) {
                        layer[dummy] = l;
                        from[k] = previous;
                        to[k++] = dummy;
                        previous = dummy++;
                    }
                    from[k] = previous;
                    to[k++] = v;
                }
            }
            down = Csr.of(total, from, to, false);
            up = Csr.of(total, to, from, false);
            int count = 0;
            for (int l : layer) {
                count = Math.max(count, l + 1);
            }
            layerCount = count;
            int[] sizes = new int[count];
            for (int l : layer) {
                sizes[l]++;
            }
            layers = new int[count][];
            for (int l = 0; l < count; l++) {
                layers[l] = new int[sizes[l]];
                sizes[l] = 0;
            }
            position = new int[total];
            for (int u = 0; u < total; u++) { // real nodes by index, then dummies by edge
                int l = layer[u];
                position[u] = sizes[l];
                layers[l][sizes[l]++] = u;
            }
        }

        Drawing draw() {
            for (int sweep = 0; sweep < ORDER_SWEEPS; sweep++) {
                for (int l = 1; l < layerCount; l++) {
                    order(l, up);
                }
                for (int l = layerCount - 2; l >= 0; l--) {
                    order(l, down);
                }
            }
            double[] y = place();
            double[] xs = new double[n];
            double[] ys = new double[n];
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (int u = 0; u < n; u++) {
                top = Math.min(top, y[u]);
                bottom = Math.max(bottom, y[u]);
            }
            for (int u = 0; u < n; u++) {
                xs[u] = layer[u] * (spacing.nodeWidth() + spacing.layerGap()) + spacing.nodeWidth() / 2;
                ys[u] = y[u] - top + spacing.nodeHeight() / 2;
            }
            double width = n == 0 ? 0 : layerCount * (spacing.nodeWidth() + spacing.layerGap()) - spacing.layerGap();
            double height = n == 0 ? 0 : bottom - top + spacing.nodeHeight();
            return new Drawing(Arrays.copyOf(layer, n), xs, ys, layerCount, layer.length - n, width, height);
        }

        /** Sorts layer {@code l} by the mean position of each node's neighbours in {@code side}. */
        private void order(int l, Csr side) {
            int[] nodes = layers[l];
            double[] key = new double[nodes.length];
            Integer[] index = new Integer[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                int u = nodes[i];
                index[i] = i;
                int count = side.first[u + 1] - side.first[u];
                if (count == 0) {
                    key[i] = i; // stays where it is
                    continue;
                }
                double sum = 0;
                for (int e = side.first[u]; e < side.first[u + 1]; e++) {
                    sum += position[side.target[e]];
                }
                int otherSize = layers[layer[side.target[side.first[u]]]].length;
                key[i] = sum / count * nodes.length / Math.max(1, otherSize);
            }
            Arrays.sort(index, (a, b) -> a.equals(b) ? 0 : key[a] != key[b] ? Double.compare(key[a], key[b])
                    : Integer.compare(a, b));
            int[] sorted = new int[nodes.length];
            for (int i = 0; i < nodes.length; i++) {
                sorted[i] = nodes[index[i]];
                position[sorted[i]] = i;
            }
            layers[l] = sorted;
        }

        private double[] place() {
            double[] y = new double[layer.length];
            for (int[] nodes : layers) {
                double at = 0;
                for (int i = 0; i < nodes.length; i++) {
                    at += i == 0 ? 0 : gap(nodes[i - 1], nodes[i]);
                    y[nodes[i]] = at;
                }
                for (int u : nodes) {
                    y[u] -= at / 2;
                }
            }
            for (int sweep = 0; sweep < PLACE_SWEEPS; sweep++) {
                for (int l = 1; l < layerCount; l++) {
                    align(layers[l], y, up, null);
                }
                for (int l = layerCount - 2; l >= 0; l--) {
                    align(layers[l], y, down, null);
                }
            }
            for (int[] nodes : layers) {
                align(nodes, y, up, down);
            }
            return y;
        }

        /** The least distance between the centres of two neighbours in a layer. */
        private double gap(int a, int b) {
            boolean realA = a < n;
            boolean realB = b < n;
            double sizes = ((realA ? spacing.nodeHeight() : 0) + (realB ? spacing.nodeHeight() : 0)) / 2;
            return sizes + (realA && realB ? spacing.nodeGap() : spacing.nodeGap() / 2);
        }

        /**
         * Moves the nodes of one layer as close as the order and gaps allow to the mean y of their neighbours in
         * {@code side} (and {@code other}, when given), in the least squares sense: with s_i the least offset of node
         * i from the first, z_i = y_i - s_i must not decrease, so the best z is the isotonic regression of the wanted
         * y_i - s_i (pool adjacent violators, O(nodes)).
         */
        private void align(int[] nodes, double[] y, Csr side, Csr other) {
            int m = nodes.length;
            if (m == 0) {
                return;
            }
            double[] wanted = new double[m];
            double offset = 0;
            for (int i = 0; i < m; i++) {
                int u = nodes[i];
                offset += i == 0 ? 0 : gap(nodes[i - 1], u);
                double sum = 0;
                int count = 0;
                for (int e = side.first[u]; e < side.first[u + 1]; e++, count++) {
                    sum += y[side.target[e]];
                }
                if (other != null) {
                    for (int e = other.first[u]; e < other.first[u + 1]; e++, count++) {
                        sum += y[other.target[e]];
                    }
                }
                wanted[i] = (count == 0 ? y[u] : sum / count) - offset;
            }
            double[] blockValue = new double[m];
            int[] blockSize = new int[m];
            int blocks = 0;
            for (int i = 0; i < m; i++) {
                blockValue[blocks] = wanted[i];
                blockSize[blocks++] = 1;
                while (blocks > 1 && blockValue[blocks - 2] > blockValue[blocks - 1]) {
                    int size = blockSize[blocks - 2] + blockSize[blocks - 1];
                    blockValue[blocks - 2] = (blockValue[blocks - 2] * blockSize[blocks - 2]
                            + blockValue[blocks - 1] * blockSize[blocks - 1]) / size;
                    blockSize[blocks - 2] = size;
                    blocks--;
                }
            }
            offset = 0;
            int i = 0;
            for (int b = 0; b < blocks; b++) {
                for (int j = 0; j < blockSize[b]; j++, i++) {
                    offset += i == 0 ? 0 : gap(nodes[i - 1], nodes[i]);
                    y[nodes[i]] = blockValue[b] + offset;
                }
            }
        }
    }
}
