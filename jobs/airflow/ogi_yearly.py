"""The yearly ogi-reports run, scheduled by Apache Airflow.

Copy this file into your Airflow DAGs folder and change the settings below (or set the OGI_*
environment variables on the scheduler and workers). It needs the provider
apache-airflow-providers-apache-spark and an Airflow connection of type "spark" (SPARK_CONN_ID) that
names the master, e.g. spark://host:7077, yarn or k8s://https://host:443, with the deploy mode in
its extra ({"deploy-mode": "cluster"}) and spark-submit on the worker's PATH (or "spark-binary").

One run a year, on 1 April: agencies publish their reports for year Y by 31 March of Y+1. The run
submits target/ogi-reports-spark.jar (built by `mvn -B -DskipTests package`) with
`run --input INPUT --output OUTPUT --years Y`, where Y is the year before the run's logical date
(so a backfill of an earlier logical date rewrites that year), or with `--years latest` (the newest
data year in the input) when YEARS = "latest". Only that year's partitions are replaced; running a
year twice leaves the tables identical, and a run killed midway is completed by the next one
(README, "Reliability"). Tested by jobs/airflow/test_dag.sh (Airflow's DagBag, offline).
"""

from __future__ import annotations

import os

import pendulum

try:  # Airflow 3
    from airflow.sdk import DAG
except ImportError:  # Airflow 2
    from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

# ---- settings a user changes -------------------------------------------------------------------
SPARK_CONN_ID = os.environ.get("OGI_SPARK_CONN_ID", "spark_default")
APPLICATION = os.environ.get("OGI_APPLICATION", "/opt/ogi/ogi-reports-spark.jar")
INPUT = os.environ.get("OGI_INPUT", "hdfs:///ogi/reports")
OUTPUT = os.environ.get("OGI_OUTPUT", "hdfs:///ogi/tables")
# "logical": the data year before the logical date's year; "latest": the newest year in the input.
YEARS = os.environ.get("OGI_YEARS", "logical")
SCHEDULE = os.environ.get("OGI_SCHEDULE", "0 3 1 4 *")  # 03:00 on 1 April
START_DATE = pendulum.datetime(2020, 1, 1, tz="Asia/Shanghai")
JIT = ("-XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000"
       " -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000")
SPARK_CONF = {
    "spark.executor.memory": "4g",
    "spark.driver.memory": "4g",
    "spark.sql.shuffle.partitions": "200",
    # The parallel collector and the optimising JIT only for hot methods, as jobs/spark-submit.sh
    # (less CPU than G1 and the JIT's defaults: README, Performance; conf/jit.options).
    "spark.executor.extraJavaOptions": "-XX:+UseParallelGC " + JIT,
    "spark.driver.extraJavaOptions": JIT,
    # Per-document limits (README, "Reliability"); the defaults shown.
    "spark.ogi.maxDocBytes": str(16 * 1024 * 1024),
    "spark.ogi.maxParseSeconds": "30",
    # Cluster deploy mode on a standalone master starts the driver without Spark's --add-opens list:
    # add the spark.driver.extraJavaOptions of jobs/spark-submit.sh to the driver's options then.
}
# --------------------------------------------------------------------------------------------------

YEARS_ARG = "latest" if YEARS == "latest" else "{{ logical_date.year - 1 }}"

with DAG(
    dag_id="ogi_reports_yearly",
    description="Parse the newest year of Open Government Information annual reports into Parquet",
    schedule=SCHEDULE,
    start_date=START_DATE,
    catchup=False,
    max_active_runs=1,  # one run at a time per output root
    default_args={"retries": 2, "retry_delay": pendulum.duration(minutes=30)},
    tags=["ogi-reports", "spark"],
) as dag:
    SparkSubmitOperator(
        task_id="ogi_run",
        conn_id=SPARK_CONN_ID,
        application=APPLICATION,
        java_class="io.ogi.cli.OgiCli",
        name="ogi-reports-yearly",
        application_args=["run", "--input", INPUT, "--output", OUTPUT, "--years", YEARS_ARG],
        conf=SPARK_CONF,
        verbose=False,
    )
