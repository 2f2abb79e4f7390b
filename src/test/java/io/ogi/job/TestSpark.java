package io.ogi.job;

import org.apache.spark.sql.SparkSession;

/**
 * The one local SparkSession of the test JVM: local[2], UI off, driver on loopback, few shuffle
 * partitions. Starting one costs 5-10 s, so test classes share it and nobody stops it.
 */
final class TestSpark {

  private TestSpark() {}

  static synchronized SparkSession session() {
    SparkSession spark =
        SparkSession.builder()
        .master("local[2]")
        .appName("ogi-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "2")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
