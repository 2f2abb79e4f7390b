"""Loads ogi_yearly.py with Airflow's DagBag (no database, no network) and checks the DAG: no import
errors, the one SparkSubmitOperator task, its application, class, args and conf, the year rendered
from a logical date, and the spark-submit command Airflow's Spark hook builds from a connection.
Run by jobs/airflow/test_dag.sh, which installs the pinned Airflow first. Last line: `airflow: ok`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pendulum

HERE = Path(__file__).resolve().parent
DAG_FILE = HERE / "ogi_yearly.py"
# the JIT settings of bin/ogi and jobs/spark-submit.sh, which the DAG must pass as they do
JIT_OPTIONS = (HERE.parent.parent / "conf" / "jit.options").read_text(encoding="utf-8").strip()
checks = {"passed": 0, "failed": 0}


def check(what, got, expected):
    if got == expected:
        checks["passed"] += 1
        print(f"  ok   {what}")
    else:
        checks["failed"] += 1
        print(f"  FAIL {what}: got {got!r}, expected {expected!r}")


def load(**env):
    os.environ.update(env)
    try:
        from airflow.dag_processing.dagbag import DagBag
    except ImportError:  # Airflow 2
        from airflow.models.dagbag import DagBag
    try:
        return DagBag(dag_folder=str(DAG_FILE), include_examples=False)
    except TypeError:  # Airflow 3.2+: examples are off with AIRFLOW__CORE__LOAD_EXAMPLES=False
        return DagBag(dag_folder=str(DAG_FILE))


def main():
    import airflow
    from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

    print(f"airflow {airflow.__version__}: loading {DAG_FILE.name} with DagBag")
    bag = load(OGI_APPLICATION="/opt/ogi/ogi-reports-spark.jar", OGI_INPUT="hdfs:///ogi/reports",
               OGI_OUTPUT="hdfs:///ogi/tables", OGI_YEARS="logical")
    check("import errors", dict(bag.import_errors), {})
    check("dag ids", sorted(bag.dag_ids), ["ogi_reports_yearly"])
    dag = bag.dags["ogi_reports_yearly"]
    check("task ids", [t.task_id for t in dag.tasks], ["ogi_run"])
    task = dag.get_task("ogi_run")
    check("operator", type(task).__name__, SparkSubmitOperator.__name__)
    timetable = dag.timetable
    expression = getattr(timetable, "_expression", None) or getattr(timetable, "expression", None)
    check("schedule", expression or getattr(dag, "schedule", None), "0 3 1 4 *")
    check("catchup", dag.catchup, False)
    check("max_active_runs", dag.max_active_runs, 1)
    check("retries", task.retries, 2)
    check("conn_id", task._conn_id, "spark_default")
    check("application", task.application, "/opt/ogi/ogi-reports-spark.jar")
    check("java_class", task._java_class, "io.ogi.cli.OgiCli")
    check("application_args", task.application_args,
          ["run", "--input", "hdfs:///ogi/reports", "--output", "hdfs:///ogi/tables", "--years",
           "{{ logical_date.year - 1 }}"])
    check("conf", task.conf, {
        "spark.executor.memory": "4g", "spark.driver.memory": "4g", "spark.sql.shuffle.partitions": "200",
        "spark.executor.extraJavaOptions": "-XX:+UseParallelGC " + JIT_OPTIONS,
        "spark.driver.extraJavaOptions": JIT_OPTIONS,
        "spark.ogi.maxDocBytes": "16777216", "spark.ogi.maxParseSeconds": "30"})
    # The run of 1 April 2025 covers the reports for 2024.
    rendered = task.render_template(task.application_args,
                                    {"logical_date": pendulum.datetime(2025, 4, 1, 3, tz="Asia/Shanghai")})
    check("--years rendered for logical date 2025-04-01", rendered[-2:], ["--years", "2024"])

    # The spark-submit command Airflow's hook builds from a spark connection given as an env var.
    os.environ["AIRFLOW_CONN_SPARK_DEFAULT"] = (
        '{"conn_type": "spark", "host": "spark://127.0.0.1", "port": 7077, '
        '"extra": {"deploy-mode": "cluster", "spark-binary": "spark-submit"}}')
    try:
        from airflow.providers.apache.spark.hooks.spark_submit import SparkSubmitHook
        hook = SparkSubmitHook(conf=task.conf, conn_id="spark_default", java_class=task._java_class,
                               name=task.name, application_args=rendered)
        cmd = hook._build_spark_submit_command(task.application)
        check("spark-submit master", cmd[cmd.index("--master") + 1], "spark://127.0.0.1:7077")
        check("spark-submit deploy mode", cmd[cmd.index("--deploy-mode") + 1], "cluster")
        check("spark-submit class", cmd[cmd.index("--class") + 1], "io.ogi.cli.OgiCli")
        check("spark-submit conf", "spark.ogi.maxDocBytes=16777216" in cmd, True)
        check("spark-submit executor collector and JIT", "spark.executor.extraJavaOptions=-XX:+UseParallelGC " + JIT_OPTIONS in cmd, True)
        check("spark-submit tail", cmd[-8:], ["/opt/ogi/ogi-reports-spark.jar", "run", "--input", "hdfs:///ogi/reports",
                                              "--output", "hdfs:///ogi/tables", "--years", "2024"])
        print("  spark-submit: " + " ".join(cmd))
    except Exception as e:  # noqa: BLE001 - reported as a failed check
        check("spark-submit command from the hook", repr(e), "no exception")

    # --years latest instead of the logical date's year.
    bag = load(OGI_YEARS="latest")
    check("import errors (OGI_YEARS=latest)", dict(bag.import_errors), {})
    args = bag.dags["ogi_reports_yearly"].get_task("ogi_run").application_args
    check("application_args (OGI_YEARS=latest)", args[-2:], ["--years", "latest"])

    print(f"airflow: {checks['passed']} passed, {checks['failed']} failed")
    if checks["failed"]:
        sys.exit(1)
    print("airflow: ok")


if __name__ == "__main__":
    main()
